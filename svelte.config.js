/** Svelte compiles `<script lang="ts">` natively (types are stripped), so no preprocessor is needed. */
export default {};
