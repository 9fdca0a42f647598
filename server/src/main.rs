use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    watchpost::cli::run(watchpost::cli::Cli::parse()).await
}
