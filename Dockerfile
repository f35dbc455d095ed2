# Multi-stage build: a static-ish binary (rustls, bundled SQLite) on a slim
# Debian runtime, running as a non-root user with the database on /data.
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock build.rs ./
COPY src ./src
COPY locales ./locales
COPY migrations ./migrations
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
# discorsi handles SIGTERM: updates in flight finish, the offset is confirmed.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/discorsi"]
CMD ["run"]
