# Annuaire des services : navigation, recherche, fiches, signalements, boîte de l'équipe.

menu-services = 🔎 Trouver un service
menu-staff-inbox = 📥 Signalements et demandes ({ $count })

dir-topics =
    <b>De quelle aide avez-vous besoin ?</b>
    Choisissez un thème, ou écrivez ce que vous cherchez.
topic-housing = 🏠 Logement
topic-health = 🩺 Santé
topic-work = 💼 Travail et certificats
dir-subtopics = <b>{ $topic }</b> — quoi exactement ?
sub-gp = Médecin traitant
sub-stp_eni = Soins sans papiers (STP/ENI)
sub-emergency = Urgences
sub-mental_health = Santé mentale
sub-women_children = Santé des femmes et des enfants
sub-shelter = Hébergement d'urgence
sub-rent_help = Aide au loyer et logement social
sub-tenants_rights = Droits des locataires
sub-job_centre = Agences pour l'emploi
sub-competence_cert = Certification des compétences
sub-italian_courses = Cours d'italien et diplômes (CPIA)
sub-qualification_recognition = Reconnaissance des diplômes étrangers
dir-area = <b>{ $subtopic }</b> — où ?
dir-near-me = 📍 Près de moi
dir-share-location = Appuyez sur « Partager ma position » ci-dessous. Elle sert uniquement à cette recherche.
dir-share-button = 📍 Partager ma position
dir-location-thanks = 📍 Merci ! Je cherche près de vous…
dir-location-cancelled = D'accord, sans position.
dir-results = <b>{ $title }</b>
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    } · page { $page } sur { $pages }
dir-results-near = près de vous
dir-results-search = Résultats pour « { $query } »
dir-open-now = 🟢 ouvert
dir-closed-now = 🔴 fermé
dir-distance = { $km } km
dir-prev = ◀️ Précédent
dir-next = Suivant ▶️
dir-no-results = Je n'ai rien trouvé pour « { $query } ». Choisissez un thème, ou dites-nous ce que vous cherchiez : cela nous aide à nous améliorer.
dir-tell-us = ✍️ Dites-nous ce qu'il vous faut
dir-gap-prompt = Écrivez en quelques mots ce que vous cherchiez.
dir-gap-thanks = Merci ! Nous l'avons transmis à l'équipe.
dir-search-unreadable = Je n'ai trouvé aucun mot. Essayez un mot comme « médecin » ou « loyer », ou choisissez un thème.
dir-service-gone = Ce service ne figure plus dans l'annuaire.

card-fallback-it = <i>Cette description n'existe qu'en italien.</i>
card-address = 📍 { $address }
card-open-until = 🟢 Ouvert jusqu'à { $time }
card-closed-opens = 🔴 Fermé · ouvre { $day } à { $time }
card-closed = 🔴 Fermé
card-hours-unknown = 🕒 Horaires inconnus : appelez ou consultez le site avant d'y aller.
card-today = 🕒 Aujourd'hui : { $hours }
card-today-closed = 🕒 Fermé aujourd'hui
card-languages = 🗣 Langues parlées à l'accueil : { $languages }
card-free = 💶 Gratuit
card-not-free = 💶 Payant : renseignez-vous sur les tarifs
card-no-papers-yes = 🪪 Ouvert aussi aux personnes sans titre de séjour
card-no-papers-no = 🪪 Titre de séjour nécessaire
card-documents = 📄 À apporter : { $documents }
card-phone = ☎️ { $phone }
card-email = ✉️ { $email }
card-verified = ✔️ Vérifié le { $date }
card-unverified = ⚠️ Pas encore vérifié : renseignez-vous avant d'y aller.
card-map = 🗺 Carte
card-website = 🌐 Site web
card-report = ⚠️ Signaler une erreur

report-prompt = Qu'est-ce qui est faux ou plus à jour ? Écrivez-le en quelques mots ({ $max } caractères au maximum).
report-thanks = Merci ! L'équipe va vérifier.
report-too-long = C'est trop long : restez sous les { $max } caractères.

weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche

staff-inbox = <b>Signalements et demandes</b> — { $count ->
        [one] { $count } à traiter
       *[other] { $count } à traiter
    }
staff-inbox-empty = Rien à traiter pour l'instant. 🎉
staff-report-line = ⚠️ #{ $id } [{ $lang }] { $service } : « { $text } »
staff-gap-line = 🔎 #{ $id } [{ $lang }] « { $text } »
staff-mark-done = ✅ #{ $id } traité

# Mots de recherche par thème et sous-thème (séparés par des virgules).
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
