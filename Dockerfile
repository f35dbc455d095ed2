# Multi-stage build: a static-ish binary (rustls, bundled SQLite) on a slim
# Debian runtime, running as a non-root user with the database on /data.
#
# The build stage copies exactly what `cargo build` reads: the manifest
# (which names the benches/ targets), build.rs and the locales/ it embeds,
# the migrations/ (sqlx::migrate!) and data/ (fonts and sample CSV, embedded
# with include_bytes!/include_str!) and link/ (the order of the functions,
# see build.rs). CI checks this list without a Docker
# engine: .ci/docker-check replays this stage in a temporary folder.
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock build.rs ./
COPY link ./link
COPY src ./src
COPY locales ./locales
COPY migrations ./migrations
COPY benches ./benches
COPY data ./data
RUN cargo build --release --locked --bin discorsi

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin discorsi \
 && mkdir -p /data && chown discorsi:discorsi /data
COPY --from=build /src/target/release/discorsi /usr/local/bin/discorsi
USER discorsi
WORKDIR /data
VOLUME ["/data"]
ENV DATABASE_URL=sqlite:///data/discorsi.db \
    LOG_FORMAT=json
# Webhook mode listens here (WEBHOOK_LISTEN); long polling needs no port.
EXPOSE 8443
# `discorsi health` exits 0 when the database answers and the bot has
# recently reached Telegram, 1 otherwise (docker inspect shows the status).
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
  CMD ["/usr/local/bin/discorsi", "health"]
# discorsi handles SIGTERM: updates in flight finish, the offset is confirmed.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/discorsi"]
CMD ["run"]
