### Annuaire des services : thèmes et sous-thèmes, recherche par lieu ou par
### mots écrits, fiches des services, signalements d'erreurs, boîte de
### l'équipe et mots de recherche.
### « Signalement » désigne ici une personne qui nous dit qu'une fiche est
### fausse ; utilisez un autre mot que « annonce » (broadcasts.ftl).

## Boutons du menu principal

menu-services = 🔎 Trouver un service
# Équipe seulement ; $count est le nombre de signalements et de demandes ouverts.
menu-staff-inbox = 📥 Signalements et demandes ({ $count })

## Thèmes et sous-thèmes

dir-topics =
    <b>De quelle aide avez-vous besoin ?</b>
    Choisissez un thème, ou écrivez ce que vous cherchez.
# topic-* : boutons, et insérés dans des titres (dir-subtopics,
# bc-compose-prompt). Dans la liste des événements, ce sont des filtres,
# trois par ligne (environ 9 caractères).
# .short : le filtre de la liste des événements, trois par ligne (environ 9
# caractères, sans emoji).
topic-housing = 🏠 Logement
    .short = Logement
topic-health = 🩺 Santé
    .short = Santé
topic-work = 💼 Travail et certificats
    .short = Travail
# $topic est un libellé topic-*.
dir-subtopics = <b>{ $topic }</b> — quoi exactement ?
# sub-* : boutons, et insérés dans des titres (dir-area, résultats).
sub-gp = Médecin traitant
# sub-stp_eni et sub-italian_courses : la valeur est un bouton neutre
# (environ 30 caractères) ; chaque attribut est le libellé des services d'une
# région, montré dans les titres. STP/ENI, PASS/AME, TSI, CPIA et CFA sont des
# noms locaux de services : gardez-les tels quels.
sub-stp_eni = Soins sans papiers
    .piedmont = Soins sans papiers (STP/ENI)
    .auvergne_rhone_alpes = Soins sans papiers (PASS/AME)
    .catalonia = Soins sans carte sanitaire (TSI)
sub-emergency = Urgences
sub-mental_health = Santé mentale
sub-women_children = Santé des femmes et enfants
sub-shelter = Hébergement d'urgence
sub-rent_help = Loyer et logement social
sub-tenants_rights = Droits des locataires
sub-job_centre = Agences pour l'emploi
sub-competence_cert = Certification des compétences
sub-italian_courses = Cours de langue pour adultes
    .piedmont = Cours d'italien et diplômes (CPIA)
    .auvergne_rhone_alpes = Cours de français et diplômes pour adultes
    .catalonia = Cours de catalan et d'espagnol, diplômes (CFA)
sub-qualification_recognition = Équivalence des diplômes
# $subtopic est un libellé sub-*. Les boutons des villes suivent, deux par ligne.
# Ici, espace normale (U+0020) avant le point d'interrogation : un test
# (tests/e2e/directory.rs) cherche ce texte exact.
dir-area = <b>{ $subtopic }</b> — où ?
dir-near-me = 📍 Près de moi
# Cite le libellé de dir-share-button, sans son emoji.
dir-share-location = Touchez « Partager ma position » ci-dessous. Elle sert uniquement à cette recherche ; nous gardons seulement votre région (Piémont, région lyonnaise ou Catalogne) pour vous montrer d'abord ses services.
# Le bouton de position de Telegram, sous la zone de saisie.
dir-share-button = 📍 Partager ma position
dir-location-thanks = 📍 Merci ! Je cherche près de vous…
dir-location-cancelled = D'accord, sans votre position.

## La région de la personne qui cherche

# Demandé une seule fois, quand les résultats d'une recherche écrite sont
# dans plusieurs régions. Suivent un bouton par région (pleine largeur) et dir-region-skip.
dir-region-ask =
    <b>Dans quelle région cherchez-vous des services ?</b>
    Je vous montrerai d'abord ceux de votre région. Je ne vous pose la question qu'une fois.
# dir-region-* : boutons pleine largeur (environ 30 caractères). Entre
# parenthèses, la ville principale, pour qui ne connaît pas le nom de la région.
dir-region-piedmont = Piémont (Turin)
dir-region-auvergne_rhone_alpes = Auvergne-Rhône-Alpes (Lyon)
dir-region-catalonia = Catalogne (Barcelone)
# Bouton : ne pas donner sa région. La question ne revient pas.
dir-region-skip = Passer

## Résultats de recherche

# $title est un sous-thème et une ville (« Médecin traitant · Lyon »), ou
# dir-results-near, ou dir-results-search.
dir-results = <b>{ $title }</b>
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    } · page { $page } sur { $pages }
# Inséré aussi après un sous-thème : « Médecin traitant · près de vous ».
dir-results-near = près de vous
dir-results-search = Résultats pour « { $query } »
dir-open-now = 🟢 ouvert
dir-closed-now = 🔴 fermé
# $km est un nombre comme 1.2 ou 15, écrit par le code.
dir-distance = { $km } km
# dir-prev et dir-next : boutons pour feuilleter les services et les
# événements, sur une même ligne. Utilisez d'autres mots que nav-back, qui
# est sur la ligne du dessous.
dir-prev = ◀️ Précédent
dir-next = Suivant ▶️
dir-no-results = Je n'ai rien trouvé pour « { $query } ». Choisissez un thème, ou dites-nous ce que vous cherchiez : cela nous aide à nous améliorer.
dir-tell-us = ✍️ Dites-nous votre besoin
dir-gap-prompt = Écrivez en quelques mots ce que vous cherchiez.
dir-gap-thanks = Merci ! Nous l'avons transmis à l'équipe.
dir-search-unreadable = Je n'ai trouvé aucun mot dans votre message. Essayez un mot comme « médecin » ou « loyer », ou choisissez un thème.
dir-service-gone = Ce service ne figure plus dans l'annuaire.

## Fiche d'un service

# Affiché quand la fiche n'a pas de texte dans la langue du lecteur et montre
# le texte italien.
card-fallback-it = <i>Cette description n'existe qu'en italien.</i>
card-address = 📍 { $address }
card-open-until = 🟢 Ouvert jusqu'à { $time }
# $day est la forme .on d'un message weekday-* (« lundi ») ; $time est comme 09:00.
card-closed-opens = 🔴 Fermé pour l'instant · ouvre { $day } à { $time }
card-closed = 🔴 Fermé pour l'instant
card-hours-unknown = 🕒 Horaires inconnus : appelez ou consultez le site avant d'y aller.
# $hours est comme 09:00–13:00, 14:00–17:00.
card-today = 🕒 Aujourd'hui : { $hours }
card-today-closed = 🕒 Fermé aujourd'hui
# Sert sur les fiches des services ET sur celles des événements : restez général.
card-languages = 🗣 Langues parlées : { $languages }
card-free = 💶 Gratuit
card-not-free = 💶 Payant : renseignez-vous sur les tarifs
card-no-papers-yes = 🪪 Ouvert aussi aux personnes sans titre de séjour
card-no-papers-no = 🪪 Titre de séjour nécessaire
card-documents = 📄 À apporter : { $documents }
card-phone = ☎️ { $phone }
card-email = ✉️ { $email }
card-verified = ✔️ Vérifié le { $date }
card-unverified = ⚠️ Pas encore vérifié : renseignez-vous avant d'y aller.
# card-map et card-website partagent une ligne (demi-largeur).
card-map = 🗺 Carte
card-website = 🌐 Site web
card-report = ⚠️ Signaler une erreur

## Signaler une erreur sur une fiche

# $max vaut toujours 1000.
report-prompt = Qu'est-ce qui est faux ou n'est plus à jour ? Écrivez-le en quelques mots ({ $max } caractères au maximum).
report-thanks = Merci ! L'équipe va vérifier.
report-too-long = C'est trop long : { $max } caractères au maximum.

## Jours de la semaine (1 = lundi)

# Deux formes. La valeur ouvre la date d'un événement (« mardi 25/03/2027 ·
# 18:30–20:00 »). L'attribut .on est inséré dans card-closed-opens comme
# { $day } (« ouvre mardi à 09:00 ») : écrivez-le avec ce que votre langue
# met devant un jour à cet endroit (préposition, article, cas).
weekday-1 = lundi
    .on = lundi
weekday-2 = mardi
    .on = mardi
weekday-3 = mercredi
    .on = mercredi
weekday-4 = jeudi
    .on = jeudi
weekday-5 = vendredi
    .on = vendredi
weekday-6 = samedi
    .on = samedi
weekday-7 = dimanche
    .on = dimanche

## Boîte de l'équipe : signalements d'erreurs et demandes de services manquants

staff-inbox = <b>Signalements et demandes</b> — { $count ->
        [one] { $count } à traiter
       *[other] { $count } à traiter
    }
staff-inbox-empty = Rien à traiter pour l'instant. 🎉
# $lang est un code de langue (it, fr…) ; $service est le nom d'un service.
staff-report-line = ⚠️ #{ $id } [{ $lang }] { $service } : « { $text } »
staff-gap-line = 🔎 #{ $id } [{ $lang }] « { $text } »
# Bouton, deux par ligne (demi-largeur).
staff-mark-done = ✅ #{ $id } traité

## Mots de recherche : ce que les gens écrivent, par thème et sous-thème.
## Jamais affichés. En minuscules, séparés par des virgules. Ajoutez les mots
## vraiment utilisés (aussi sans accents ou mal orthographiés) ; retirer un mot
## peut casser une recherche.

vocab-housing = logement, maison, loyer, appartement, chambre, hébergement, loger, propriétaire
vocab-health = médecin, docteur, santé, hôpital, clinique, soins, malade, maladie, dentiste, pharmacie, consultation
vocab-work = travail, emploi, boulot, certificat, diplôme, cours, école, formation, compétences
vocab-gp = médecin traitant, généraliste, carte vitale, sécurité sociale, inscription
vocab-stp_eni = sans papiers, sans titre de séjour, irrégulier, stp, eni, ame, pass
vocab-emergency = urgence, urgences, ambulance, accident, samu, 15, 112
vocab-mental_health = psychologue, psychiatre, mental, stress, angoisse, anxiété, dépression, traumatisme
vocab-women_children = grossesse, enceinte, femme, femmes, enfant, enfants, bébé, gynécologue, sage-femme, pédiatre, pmi, contraception
vocab-shelter = hébergement d'urgence, nuit, dormir, sans abri, sdf, lit, foyer, 115, rue
vocab-rent_help = loyer, logement social, hlm, caution, expulsion, chercher un logement, caf
vocab-tenants_rights = locataire, locataires, droits, bail, contrat, expulsion, syndicat
vocab-job_centre = emploi, travail, france travail, pôle emploi, cv, chômage, chômeur, offres
vocab-competence_cert = compétences, certification, certificat, validation, vae, expérience, qualification
vocab-italian_courses = italien, langue, cours, école, leçons, diplôme, cpia, examen, alphabétisation
vocab-qualification_recognition = diplôme, licence, master, reconnaissance, équivalence, université, titre, enic-naric
