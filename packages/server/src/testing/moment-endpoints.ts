import type { Endpoint, Target } from './endpoint-types';

const momentPath = (t: Target) => `/api/spaces/${t.spaceId}/moments/${t.momentId}`;
const checkinPath = (t: Target) => `/api/spaces/${t.spaceId}/checkins/${t.checkinId}`;

/** Reading one moment, and editing or deleting one's own moments and check-ins (issue 8), for `ENDPOINTS`. */
export const MOMENT_EDITING_ENDPOINTS: Endpoint[] = [
  {
    method: 'GET',
    template: '/api/spaces/{spaceId}/moments/{momentId}',
    access: 'member',
    path: momentPath,
    okStatus: 200,
  },
  {
    method: 'PATCH',
    template: '/api/spaces/{spaceId}/moments/{momentId}',
    access: 'own shared entry',
    path: momentPath,
    body: () => ({ note: 'Thank you for dinner, and for the walk after.', kind: 'joy' }),
    okStatus: 200,
  },
  {
    method: 'DELETE',
    template: '/api/spaces/{spaceId}/moments/{momentId}',
    access: 'own shared entry',
    path: momentPath,
    okStatus: 204,
    destructive: true,
  },
  {
    method: 'PATCH',
    template: '/api/spaces/{spaceId}/checkins/{checkinId}',
    access: 'own check-in',
    path: checkinPath,
    body: () => ({ note: 'Calmer after a walk.' }),
    okStatus: 200,
  },
  {
    method: 'DELETE',
    template: '/api/spaces/{spaceId}/checkins/{checkinId}',
    access: 'own check-in',
    path: checkinPath,
    okStatus: 204,
    destructive: true,
  },
];
