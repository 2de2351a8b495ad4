#!/usr/bin/env node
// The `waypoint` command; see scripts/waypoint.js (builds on demand) and src-main/cli.ts.
import '../scripts/waypoint.js';
