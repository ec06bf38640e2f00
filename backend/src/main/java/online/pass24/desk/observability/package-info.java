/**
 * What an operator sees of the running service: request ids and ticket keys in the logs, the
 * desk's meters for Prometheus, and the readiness of the database and Keycloak.
 */
package online.pass24.desk.observability;
