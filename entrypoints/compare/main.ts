import { mount } from 'svelte';
import App from './App.svelte';
import '@/components/theme.css';
import './compare.css';

mount(App, { target: document.getElementById('app')! });
