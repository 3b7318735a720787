import { createApp } from 'vue';
import 'auth-sign-in';
import 'auth-sign-in/themes/light.css';
import App from './App.vue';

createApp(App).mount('#app');
