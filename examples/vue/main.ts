// Registered before the first render, so Vue sets `assessment` as a property, not an attribute.
import 'career-framework-elements/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
