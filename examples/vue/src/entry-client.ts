import { createSSRApp } from 'vue';
import App from './App.vue';

// The HTML in #app was rendered on the server by entry-server.ts: Vue takes it over.
createSSRApp(App).mount('#app');
