//! Embeds every `locales/<lang>/*.ftl` file into the binary, so that the bot
//! is one self-contained executable. Translators edit the files and rebuild.
use std::{env, fs, path::Path};

fn main() {
    pack_relative_relocations();
    order_functions();
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    let mut langs: Vec<_> = fs::read_dir(&root)
        .expect("locales/ directory")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = fs::read_dir(lang.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            println!("cargo:rerun-if-changed={}", f.path().display());
            entries.push(format!(
                "({:?}, {:?}, include_str!({:?})),",
                lang.file_name().to_string_lossy(),
                f.file_name().to_string_lossy(),
                f.path().display().to_string()
            ));
        }
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs");
    fs::write(
        out,
        format!(
            "/// (language, file name, contents)\npub static FILES: &[(&str, &str, &str)] = &[\n{}\n];\n",
            entries.join("\n")
        ),
    )
    .unwrap();
}

/// Links the bot with its relative relocations packed (DT_RELR): the
/// position-independent binary's relocation table shrinks from 1.1 MB to
/// 20 KB, and since the loader reads all of it at every start, so does the
/// bot's idle memory. Needs glibc 2.36 or later to run (Debian 12, Ubuntu
/// 24.04; the Docker image is Debian 12): an older one refuses to load it,
/// naming `GLIBC_ABI_DT_RELR`. Rust's default linker here (rust-lld) and
/// GNU ld from 2.38 understand the option.
fn pack_relative_relocations() {
    let target = |key: &str| env::var(key).unwrap_or_default();
    if target("CARGO_CFG_TARGET_OS") == "linux" && target("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// Lays out first, side by side and in the order they first run, the
/// functions the bot runs while starting, idle and answering
/// (`link/functions.txt`, written by `tools/function-order.py`), instead of
/// leaving them scattered over 8 MB of code. The kernel maps 64 KB of code
/// around each page the bot first runs, so scattered they kept 6.4 MB of it
/// resident. Only where the linker is Rust's own rust-lld (the default for
/// x86_64 Linux, and the Docker image's) and no other is asked for: GNU ld
/// and gold do not know the option. A name the build no longer has is
/// skipped. `DISCORSI_FUNCTION_ORDER=off` leaves the order to the linker;
/// `DISCORSI_LINK_MAP=/absolute/path` writes the linker's map, which
/// `tools/function-order.py` reads.
fn order_functions() {
    println!("cargo:rerun-if-env-changed=DISCORSI_FUNCTION_ORDER");
    println!("cargo:rerun-if-env-changed=DISCORSI_LINK_MAP");
    let var = |key: &str| env::var(key).unwrap_or_default();
    let flags = var("CARGO_ENCODED_RUSTFLAGS");
    let other_linker = !var("RUSTC_LINKER").is_empty()
        || [
            "fuse-ld",
            "linker=",
            "linker-features",
            "link-self-contained",
            "linker-flavor",
        ]
        .iter()
        .any(|flag| flags.contains(flag));
    if var("CARGO_CFG_TARGET_OS") != "linux"
        || var("CARGO_CFG_TARGET_ENV") != "gnu"
        || var("CARGO_CFG_TARGET_ARCH") != "x86_64"
        || other_linker
    {
        return;
    }
    let link_arg = |arg: String| {
        println!("cargo:rustc-link-arg-bins=-Xlinker");
        println!("cargo:rustc-link-arg-bins={arg}");
    };
    let map = var("DISCORSI_LINK_MAP");
    if !map.is_empty() {
        link_arg(format!("-Map={map}"));
    }
    let dir = Path::new(&var("CARGO_MANIFEST_DIR")).join("link");
    let list = dir.join("functions.txt");
    if dir.exists() {
        println!("cargo:rerun-if-changed={}", dir.display());
    }
    if list.exists() && var("DISCORSI_FUNCTION_ORDER") != "off" {
        link_arg(format!("--symbol-ordering-file={}", list.display()));
        link_arg("--no-warn-symbol-ordering".to_owned());
    }
}
