import type { components } from '@/lib/api';

type Schemas = components['schemas'];

export type Wallboard = Schemas['Wallboard'];
export type WallboardTicket = Schemas['WallboardTicket'];
export type WallboardTimer = Schemas['WallboardTimer'];
export type Compliance = Schemas['Compliance'];
export type Calendar = Schemas['Calendar'];
export type CalendarDay = Schemas['CalendarDay'];

/** The summary as last received, and when (this machine's clock): the countdowns run from there. */
export type WallboardSnapshot = { wallboard: Wallboard; receivedAt: number };
