#!/usr/bin/env node
// The installed command: runs the bundle made at install time (scripts/bundle.mjs).
import '../dist/jixiao.mjs';
