# Emergency Desk: the two commands a new machine needs are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

.PHONY: help run up down test test-backend test-frontend test-client test-faults test-deploy bench bench-calendar bench-sse bench-reports bench-create bench-queue bench-breach bench-startup keycloak postgres clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: ## build and start everything in the foreground; Ctrl-C stops it all
	@infra/local/stack.sh run

up: ## build and start everything in the background (logs and pids in .run/)
	@infra/local/stack.sh up

down: ## stop what `make up` started
	@infra/local/stack.sh down

test: ## every test: contract lint, frontend unit, backend unit + integration, fault tests, end to end
	@infra/local/test.sh

test-backend: postgres keycloak ## backend tests only (needs PostgreSQL and Keycloak: started here)
	@cd backend && ./mvnw -B test

test-frontend: ## contract lint and frontend unit tests only
	@cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run lint:api && npm run typecheck && npm test

test-client: ## the Java client: unit tests + its end-to-end test (own backend on :8082, or DESK_BASE_URL)
	@infra/local/test-client.sh

test-faults: ## fault tests: kill -9 of a backend, a PostgreSQL restart, Keycloak down, under load (:8091-8092, :5544, :18180)
	@cd backend && ./mvnw -B -q package -DskipTests
	@infra/faults/run.sh

test-deploy: ## offline checks of Dockerfiles, compose, the CI workflow and the Kubernetes overlays
	@infra/deploy/validate.sh

bench: ## run the benchmarks and write docs/benchmarks.md
	@infra/bench/run.sh

bench-sse: ## SSE fan-out: 10,000 subscribers on one instance, commit→receipt latency, RSS
	@infra/bench/sse.sh

bench-reports: ## the SLA report at 1,000,000 tickets: a year in every grouping, with and without rollups
	@infra/bench/reports.sh

bench-calendar: ## JMH: business-time add and between
	@infra/bench/calendar.sh

bench-create: ## create-ticket load (Gatling) at 100/500/1000 req/s and the max, against pgbench's limit (:8087)
	@infra/bench/create.sh

bench-queue: ## the queue at 1,000,000 tickets seeded with COPY: p50/p99 of each filter (:8088)
	@infra/bench/queue.sh

bench-breach: ## breach lateness with 10,000 timers due at the same instant (:8089)
	@infra/bench/breach.sh

bench-startup: ## cold start to ready (median of 5) and RSS at idle (:8090)
	@infra/bench/startup.sh

keycloak: ## start the local Keycloak (127.0.0.1:8180) in the background
	@infra/keycloak/keycloak.sh start

postgres: ## make sure PostgreSQL runs and the databases exist
	@infra/postgres/ensure.sh

clean: ## remove build output
	@rm -rf backend/target clients/java/target frontend/dist frontend/test-results
