//! Builds the web app (`../web`) into `OUT_DIR/web`, which `http::web` embeds in the binary.
//! It runs again only when the app's sources, its lockfile or the schema change.
//! `WATCHPOST_WEB=skip` (work on the Rust side only) embeds a page saying the app was not built.

use std::{
    env, fs,
    path::{Path, PathBuf},
    process::Command,
};

const WATCHED: &[&str] = &[
    "src",
    "public",
    "index.html",
    "package.json",
    "package-lock.json",
    "vite.config.ts",
    "relay.config.json",
    "tsconfig.json",
];

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let web = manifest.join("../web");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo")).join("web");

    println!("cargo::rerun-if-env-changed=WATCHPOST_WEB");
    println!("cargo::rerun-if-changed=../schema.graphql");
    for path in WATCHED {
        println!("cargo::rerun-if-changed=../web/{path}");
    }

    if env::var("WATCHPOST_WEB").as_deref() == Ok("skip") {
        fs::create_dir_all(&out).expect("OUT_DIR is writable");
        fs::write(out.join("index.html"), NOT_BUILT).expect("OUT_DIR is writable");
        return;
    }

    install(&web);
    // The committed Relay artifacts must match the schema and the sources: a schema change
    // that breaks a page fails the build here.
    run(&web, npm_bin(&web, "relay-compiler").arg("--validate"));
    run(
        &web,
        npm_bin(&web, "vite")
            .args(["build", "--emptyOutDir", "--outDir"])
            .arg(&out),
    );
}

/// `npm ci` when `node_modules` was installed from another lockfile (or never).
fn install(web: &Path) {
    let lock = fs::read(web.join("package-lock.json")).expect("web/package-lock.json is committed");
    let stamp = web.join("node_modules/.watchpost-installed-lock.json");
    if fs::read(&stamp).ok().as_deref() == Some(lock.as_slice()) {
        return;
    }
    run(
        web,
        Command::new("npm").args(["ci", "--no-audit", "--no-fund"]),
    );
    fs::write(stamp, lock).expect("node_modules is writable");
}

fn npm_bin(web: &Path, name: &str) -> Command {
    Command::new(web.join("node_modules/.bin").join(name))
}

fn run(web: &Path, command: &mut Command) {
    let status = command.current_dir(web).status().unwrap_or_else(|e| {
        panic!(
            "could not start {command:?} ({e}); the web app needs Node.js ≥ 20.19 and npm \
             (or set WATCHPOST_WEB=skip to build the server without it)"
        )
    });
    assert!(
        status.success(),
        "{command:?} failed ({status}); set WATCHPOST_WEB=skip to build the server without the web app"
    );
}

const NOT_BUILT: &str = "<!doctype html>\n<html lang=\"zh-CN\"><meta charset=\"utf-8\">\
<title>Watchpost</title><p>此版本构建时跳过了网页端（WATCHPOST_WEB=skip），请使用 GraphQL 接口 /graphql。</p></html>\n";
