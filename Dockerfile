# syntax=docker/dockerfile:1
# Community safety bot: compiled TypeScript, NLU models trained at build time, production
# dependencies only, running as the image's unprivileged "node" user.

# --- build: compile, train the models, then drop the dev dependencies -------------------------
# The full image has python3, make and g++ for native modules that compile from source.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY dialogs ./dialogs
COPY locales ./locales
COPY nlu-corpus ./nlu-corpus
RUN npm run build \
 && node dist/src/nlu/cli.js train \
 && npm prune --omit=dev

# --- runtime --------------------------------------------------------------------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3978 \
    MODEL_DIR=models \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/locales ./locales
# Browser files served as they are: the web chat page and the staff review app.
COPY --from=build /app/src/web/public ./src/web/public
COPY --from=build /app/src/review/public ./src/review/public
COPY --from=build /app/nlu-corpus ./nlu-corpus
COPY --from=build /app/models ./models
# Only the data directory (SQLite transcripts when no DATABASE_URL is set) is writable.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM drains in-flight turns (SHUTDOWN_TIMEOUT_MS) before exiting.
CMD ["node", "--disable-warning=DEP0111", "dist/src/index.js"]
