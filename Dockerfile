# syntax=docker/dockerfile:1
# The reference server in production: built with every dependency, run with the production ones
# only, as a user without privileges. The same build command (`npm run build`) and start command
# (`NODE_ENV=production node packages/server/dist/main.js`) as CI's production check
# (scripts/production-check.sh). Needs DEFAULT_SITE and DATABASE_URL (or DATA_DIR on a volume).

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/protocol/package.json packages/protocol/
COPY packages/widgets/package.json packages/widgets/
COPY packages/server/package.json packages/server/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/protocol/package.json packages/protocol/
COPY packages/widgets/package.json packages/widgets/
COPY packages/server/package.json packages/server/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY packages/protocol/openapi.yaml packages/protocol/
COPY packages/server/seed packages/server/seed
COPY deploy/healthcheck.mjs deploy/
COPY --from=build /app/packages/server/dist packages/server/dist
COPY --from=build /app/packages/widgets/dist packages/widgets/dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "deploy/healthcheck.mjs"]
CMD ["node", "packages/server/dist/main.js"]
