import { mount } from 'svelte';
import App from './App.svelte';
import '@/components/theme.css';
import './popup.css';

mount(App, { target: document.getElementById('app')! });
