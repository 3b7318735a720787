import { mount } from 'svelte';
import 'auth-sign-in';
import 'auth-sign-in/themes/light.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
