// Read by Vite's Svelte plugin (this folder is the app's Vite root) and by svelte-check alike.
export default { compilerOptions: { runes: true } };
