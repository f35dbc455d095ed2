//! The certificate of participation: /certificate asks for the name to
//! print and sends the PDF (drawn by `certificate`); `/verify CODE`, or the
//! QR code's link, tells anyone whether a certificate is genuine.

use chrono::{DateTime, Utc};

use super::{Step, certificate, goto, model, model::PersonName, report_view::day, store};
use crate::{
    access::Denied,
    context::Ctx,
    dialogue::{Flow, State},
    domain::CertificateCode,
    events::store as events,
    reports,
    runtime::App,
    telegram::Screen,
};

/// "You have no attended event yet": said, then the main menu.
const NOTHING_ATTENDED: Denied = Denied::because("cert-none");

/// /certificate and the menu button.
pub async fn open_certificate(ctx: &Ctx) -> anyhow::Result<Flow> {
    if reports::attended(ctx.db(), ctx.user.id, ctx.now())
        .await?
        .is_empty()
    {
        // Said, then the main menu.
        return Ok(Flow::Denied(NOTHING_ATTENDED));
    }
    Ok(goto(Step::CertificateName))
}

pub(super) fn name_screen(ctx: &Ctx) -> Screen {
    Screen::new(ctx.tf("cert-ask-name", &[("max", (model::MAX_NAME as i64).into())]))
        .row(ctx.nav_row())
}

/// The events a certificate of `user_id` lists: attended and ended by `by`.
async fn attended_list(
    app: &App,
    user_id: i64,
    by: DateTime<Utc>,
) -> anyhow::Result<Vec<certificate::Attended>> {
    let lang = app.config.certificate_lang;
    let attended = reports::attended(&app.db, user_id, by).await?;
    let names = reports::association_names(&app.db).await?;
    Ok(events::get_many(&app.db, &attended)
        .await?
        .into_iter()
        .map(|e| certificate::Attended {
            title: e.texts_in(lang).0.title,
            starts_at: e.starts_at.timestamp(),
            ends_at: e.ends_at.timestamp(),
            organiser: e.association_id.and_then(|a| names.get(&a).cloned()),
        })
        .collect())
}

/// The link a certificate's QR code opens: the bot, with the code.
fn verify_link(ctx: &Ctx, code: &CertificateCode) -> String {
    format!(
        "https://t.me/{}?start=V{}",
        ctx.app.bot_username,
        code.as_str()
    )
}

pub(super) async fn on_name(ctx: &mut Ctx, text: &str) -> anyhow::Result<Flow> {
    match PersonName::parse(text) {
        Some(name) => Ok(if send_certificate(ctx, &name).await? {
            Flow::Goto(State::Menu)
        } else {
            // Attendance corrected since /certificate: nothing to certify.
            Flow::Denied(NOTHING_ATTENDED)
        }),
        None => Ok(Flow::Hint(ctx.tf(
            "cert-name-invalid",
            &[("max", (model::MAX_NAME as i64).into())],
        ))),
    }
}

/// Issues and sends the certificate; false when there is nothing to attest.
async fn send_certificate(ctx: &Ctx, name: &PersonName) -> anyhow::Result<bool> {
    let lang = ctx.app.config.certificate_lang;
    let now = ctx.now();
    let list = attended_list(&ctx.app, ctx.user.id, now).await?;
    if list.is_empty() {
        return Ok(false);
    }
    // The code and what it attests are kept, so anyone can check it later.
    let code = CertificateCode::random();
    let hash = certificate::content_hash(name.as_str(), &list);
    store::issue_certificate(
        ctx.db(),
        code.as_str(),
        ctx.user.id,
        name.as_str(),
        &hash,
        now,
    )
    .await?;
    let check = certificate::Check {
        code: ctx
            .app
            .i18n
            .fmt(lang, "cert-code", &[("code", code.to_string().into())]),
        how: ctx.app.i18n.fmt(
            lang,
            "cert-how-to-check",
            &[
                ("code", code.to_string().into()),
                ("bot", format!("@{}", ctx.app.bot_username).into()),
            ],
        ),
        link: verify_link(ctx, &code),
    };
    let app = ctx.app.clone();
    let name = name.as_str().to_owned();
    let pdf = tokio::task::spawn_blocking(move || {
        certificate::render(
            &app.i18n,
            lang,
            &name,
            &list,
            now,
            &app.config.timezone,
            &check,
        )
    })
    .await??;
    let file = format!("{}.pdf", ctx.app.i18n.t(lang, "cert-file-name"));
    ctx.send_document(pdf, &file, &ctx.t("cert-sent")).await?;
    Ok(true)
}

/// `/verify CODE`, or the QR code's link: anyone, member or not, learns
/// whether a certificate is genuine, and what it attests.
pub async fn verify(ctx: &Ctx, typed: Option<&str>) -> anyhow::Result<()> {
    let Some(code) = typed.and_then(CertificateCode::parse) else {
        return ctx.say(&ctx.t("cert-verify-usage")).await;
    };
    let answer = match store::certificate(ctx.db(), code.as_str()).await? {
        None => ctx.tf("cert-verify-invalid", &[("code", code.to_string().into())]),
        Some(store::Issued::Withdrawn) => ctx.tf(
            "cert-verify-withdrawn",
            &[("code", code.to_string().into())],
        ),
        Some(store::Issued::Valid {
            user_id,
            name,
            content,
            issued_at,
        }) => {
            let list = attended_list(&ctx.app, user_id, issued_at).await?;
            // Attendance corrected since: the certificate no longer holds.
            if certificate::content_hash(&name, &list) != content {
                ctx.tf("cert-verify-invalid", &[("code", code.to_string().into())])
            } else {
                let events: Vec<String> = list
                    .iter()
                    .map(|e| {
                        // Each line starts right-to-left in Arabic, whatever
                        // the title's script.
                        format!(
                            "{}• {} · {}",
                            if ctx.lang().is_rtl() { "\u{200F}" } else { "" },
                            day(ctx, crate::time::utc(e.starts_at)),
                            crate::telegram::escape(&crate::i18n::isolate(ctx.lang(), &e.title))
                        )
                    })
                    .collect();
                ctx.tf(
                    "cert-verify-valid",
                    &[
                        ("code", code.to_string().into()),
                        (
                            "name",
                            crate::telegram::escape(&crate::i18n::isolate(ctx.lang(), &name))
                                .into(),
                        ),
                        ("date", day(ctx, issued_at).into()),
                        ("events", events.join("\n").into()),
                        (
                            "hours",
                            certificate::hours(certificate::total_seconds(&list), ctx.lang())
                                .into(),
                        ),
                    ],
                )
            }
        }
    };
    ctx.say(&answer).await
}
