import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from './routes';

export function AppRouter() {
  // Created after sign-in, once keycloak-js has removed its callback parameters from the URL.
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
