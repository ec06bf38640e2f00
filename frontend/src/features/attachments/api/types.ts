import type { components } from '@/lib/api';

type Schemas = components['schemas'];

export type Attachment = Schemas['Attachment'];
export type AttachmentList = Schemas['AttachmentList'];
