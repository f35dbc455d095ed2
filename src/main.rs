use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    discorsi::cli::main().await
}
