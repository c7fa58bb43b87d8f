import { fiCore } from './fi-core';
import { fiRest } from './fi-rest';

/** Finnish, the source language: the other languages follow it key for key. */
export const fi = { ...fiCore, ...fiRest, sync: { ...fiCore.sync, ...fiRest.sync } };
