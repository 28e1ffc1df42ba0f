// Registered before the first render, so Svelte sets `assessment` as a property, not an attribute.
import 'career-framework-elements/define';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.querySelector('#app')! });
