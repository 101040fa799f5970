import { mount } from 'svelte';
import App from './App.svelte';
import { setGradeColours } from '@/components/grade-colours';
import '@/components/theme.css';
import './compare.css';

setGradeColours(document.documentElement);
mount(App, { target: document.getElementById('app')! });
