import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Generalisation of intents: messages written for this test (not taken from the corpus), the way jobseekers
 * type on a phone — SMS spelling, no accents, regional forms, politeness, anger — labelled by the corpus
 * conventions (../shared/eval/understanding/README.md): requests (human, help, restart, erase, language) >
 * question > complaint > answer (`none`) > greeting, thanks. Hard negatives use the request words for
 * something else (a job, the past, a career restart, deleting files, languages one speaks or learns): they
 * must not become an interruption. Each row is checked with no question pending and with the goal question
 * pending. Rows still missed are `gap`: pending, so the table says what is left without failing the suite.
 */
type Row = [text: string, lang: string, intent: string, gap?: 'gap'];

const rows: Row[] = [
  // ---------- fr: requests
  ['je veux parler a un conseiller svp', 'fr', 'human'],
  ['est ce que je peux parler avec quelqu un de chez vous', 'fr', 'human'],
  ['passez moi une vraie personne', 'fr', 'human'],
  ['jveux un humain pas une machine', 'fr', 'human'],
  ['tu comprends rien, passe moi un conseiller', 'fr', 'human'],
  ['pouvez vous me mettre en relation avec une conseillere', 'fr', 'human'],
  ["j'aimerais qu'un conseiller me rappelle svp", 'fr', 'human'],
  ['un agent svp', 'fr', 'human'],
  ['je voudrais un rendez-vous avec quelqu un', 'fr', 'human'],
  ['aidez moi svp', 'fr', 'help'],
  ["supprimez ce que j'ai écrit avant", 'fr', 'erase'],
  ['can we go back to the very start please', 'en', 'restart'],
  ['q opciones tengo?', 'es', 'help'],
  ['bist du eine KI oder ein echter Mensch', 'de', 'human'],
  ['trop long ton questionnaire', 'fr', 'complaint'],
  // the speaker saying they are no robot asks for nobody; files, a CV deleted in the past erase nothing
  ['je suis pas un robot moi, laissez moi le temps', 'fr', 'none'],
  ["I'm not a robot, I need a break between shifts", 'en', 'none'],
  ['ich bin doch kein Roboter, nach der Schicht bin ich fertig', 'de', 'none'],
  ['no soy un robot, trabajo 10 horas al dia', 'es', 'none'],
  ["j'ai effacé mon CV par erreur, il faut que je le refasse", 'fr', 'none'],
  ['I deleted my CV by accident', 'en', 'none'],
  // a request said with the conversation named, or not understanding the chat's language said in other words
  ['can we begin the chat again please', 'en', 'restart'],
  ['on recommence la discussion depuis le début ?', 'fr', 'restart'],
  ['empezar esta conversación otra vez por favor', 'es', 'restart'],
  ['bitte zurück auf Anfang', 'de', 'restart'],
  ['ik begrijp het Nederlands niet goed, kan het in het Engels?', 'nl', 'language:en'],
  ["I can't read French very well, English please", 'en', 'language:en'],
  // too many questions, the same one asked again (Dutch, Luxembourgish); age is no apprenticeship ("leeftijd" ~ "leertijd")
  ['pff zoveel vragen voor iemand van mijn leeftijd', 'nl', 'complaint'],
  ['ge vraagt steeds hetzelfde', 'nl', 'complaint'],
  ['dat sinn ze vill Froen fir mech', 'lb', 'complaint'],
  ['ik wil altijd hetzelfde werk blijven doen', 'nl', 'none'],
  // restarting machines, passwords or classes is no restart of the chat; a restart that names the questions is one
  ['à l usine je devais redémarrer les machines chaque matin, je veux autre chose', 'fr', 'none'],
  ['je réinitialisais les mots de passe des clients au service informatique', 'fr', 'none'],
  ['redémarre la conversation stp', 'fr', 'restart'],
  ['kunnen we terug beginnen met de vragenlijst', 'nl', 'restart'],
  ['ik wil opnieuw beginnen met studeren', 'nl', 'none'],
  ['vuelva a empezar por favor', 'es', 'restart'],
  ['vuelve a empezar las clases en septiembre', 'es', 'none'],
  // questions said to have nothing to do with the person, slowness; what a word of the question means (lb)
  ['är Froen hunn näischt mat mir ze dinn', 'lb', 'complaint'],
  ['diese Fragen haben doch nichts mit mir zu tun', 'de', 'complaint'],
  ['dat heeft toch niks met mij te maken', 'nl', 'complaint'],
  ['esto no tiene nada que ver conmigo', 'es', 'complaint'],
  ['uf qué lenta va esta página', 'es', 'complaint'],
  ['wat ass mat Formatioun gemengt?', 'lb', 'help'],
  // a request in a clause of its own (a question, or last) beside what someone else reads; a question about a course's language is none
  ['my dad reads Spanish better than English, could you switch to Spanish?', 'en', 'language:es'],
  ['Kan dat in het Engels? Mijn vrouw leest geen Frans', 'nl', 'language:en'],
  ['I speak French and Arabic, is the course in French?', 'en', 'question'],
  // erasing what was typed, a relative's data taken away (lb), starting again from the very start (de)
  ["effacez ce que j'ai tapé avant, c'était pour mon frère", 'fr', 'erase'],
  ["huelt w.e.g. meng Donnéeën ewech", 'lb', 'erase'],
  ['ich hab mich vertan, bitte ganz von vorn', 'de', 'restart'],
  // multi-word choices that the phrase syntax had split: "a|b c" is "(a or b) c"
  ['ik wil nen adviseur', 'nl', 'human'],
  ['can someone from your team ring me', 'en', 'human'],
  ['necesito que alguien me contacte', 'es', 'human'],
  // asked with "… faites quoi …" and no question mark or accents
  ['vous faites quoi avec mes donnees', 'fr', 'question'],
  // the results said to be worthless, or the chat far too long
  ['your results are pointless', 'en', 'complaint'],
  ['vos propositions sont complètement hors sujet', 'fr', 'complaint'],
  ['die Vorschläge sind unbrauchbar', 'de', 'complaint'],
  ['los cursos que me das son inútiles', 'es', 'complaint'],
  ['dit is echt veel te lang', 'nl', 'complaint'],
  ['dat hei ass vill ze laang', 'lb', 'complaint'],
  ['ich versteh kein wort englisch', 'de', 'language:de'],
  ['wieso wollen sie das alles wissen?', 'de', 'question'], // a why-question; Dutch "alles wissen" (erase everything) in a German message is no erasure
  ['delete my data please', 'fr', 'erase'],
  ['kunnen we in het Engels verdergaan? mijn Frans is niet zo goed', 'nl', 'language:en'],
  ['comment faire une lettre de motivation', 'fr', 'none'],
  ['je comprends pas ce que je dois repondre', 'fr', 'help'],
  ['cest quoi les choix ?', 'fr', 'help'],
  ["j'ai pas compris la question", 'fr', 'help'],
  ['?', 'fr', 'help'],
  ['je sais pas quoi faire ici moi', 'fr', 'help'],
  ["qu'est-ce qu'on doit faire ici ?", 'fr', 'help'],
  ['what do I have to do here', 'en', 'help'],
  ['no sé qué hacer aquí', 'es', 'help'],
  ['was soll ich hier machen', 'de', 'help'],
  ['wat moet ik hier doen', 'nl', 'help'],
  ['je sais pas quoi faire de ma vie', 'fr', 'none'],
  ["c'est toujours pareil avec vous", 'fr', 'complaint'],
  ["je peux avoir le numéro d'un conseiller ?", 'fr', 'human'],
  ["j'ai le numéro du conseiller de la mission locale", 'fr', 'none'],
  ['annule tout', 'fr', 'restart'],
  ['annuler tout mon rendez-vous', 'fr', 'none'],
  ['effacez ce que je vous ai dit', 'fr', 'erase'],
  ['je ne veux pas que vous gardiez mes données', 'fr', 'erase'],
  // asking for another language in a question, after saying one is not understood
  ["y a pas en espagnol ? c'est plus simple pour moi", 'fr', 'language:es'],
  ['no entiendo nada en inglés, se puede en español?', 'es', 'language:es'],
  // "conseillé", the advisor misspelt as the past participle
  ['est ce que je peux parler avec une conseillé', 'fr', 'human'],
  // not wanting one's data kept, said of the data rather than of the bot
  ['je veux pas que mes infos personnelles soient enregistrées', 'fr', 'erase'],
  ["i don't want my details stored", 'en', 'erase'],
  ['no quiero que se queden mis datos en vuestro sistema', 'es', 'erase'],
  ['ich will nicht, dass meine Angaben gespeichert werden', 'de', 'erase'],
  ['ik wil niet dat mijn gegevens bewaard worden', 'nl', 'erase'],
  ["j'ai oublié ce que j'ai écrit", 'fr', 'none'],
  ['cancel everything', 'en', 'restart'],
  ['delete what i told you', 'en', 'erase'],
  ['i forgot what i said', 'en', 'none'],
  ['cancela todo', 'es', 'restart'],
  ['me gustaría que me llamara alguien', 'es', 'human'],
  ['me pones con una persona?', 'es', 'human'],
  ['me pones triste', 'es', 'none'],
  ['alles abbrechen', 'de', 'restart'],
  ['gibt es hier eine echte Person?', 'de', 'human'],
  ['ich bin eine echte Person mit Erfahrung', 'de', 'none'],
  ['rufft mech w.e.g. zréck', 'lb', 'human'],
  ['vergiss was ich dir gesagt habe', 'de', 'erase'],
  ['these courses are useless for me', 'en', 'complaint'],
  ['esto es una tontería', 'es', 'complaint'],
  ['so ein Quatsch', 'de', 'complaint'],
  ['ik word er gek van', 'nl', 'complaint'],
  ['dat funktionéiert net', 'lb', 'complaint'],
  ['on peut recommencer depuis le debut ?', 'fr', 'restart'],
  ['je me suis trompee je veux tout recommencer', 'fr', 'restart'],
  ['recommencer a zero svp', 'fr', 'restart'],
  ['je veux reprendre depuis le debut', 'fr', 'restart'],
  ['supprimez mes donnees svp', 'fr', 'erase'],
  ['effacez toutes mes infos', 'fr', 'erase'],
  ['je veux que vous supprimiez mes données personnelles', 'fr', 'erase'],
  ['oubliez moi', 'fr', 'erase'],
  ['en anglais svp', 'fr', 'language:en'],
  ['vous parlez espagnol ?', 'fr', 'language:es'],
  ['je prefere en neerlandais', 'fr', 'language:nl'],
  ['on peut continuer en allemand', 'fr', 'language:de'],
  // ---------- fr: hard negatives
  ["je voudrais devenir agent d'accueil", 'fr', 'none'],
  ['je cherche un poste de conseillère de vente', 'fr', 'none'],
  ["j'ai travaillé comme conseiller clientèle pendant 5 ans", 'fr', 'none'],
  ["j'ai vu une conseillère hier au forem", 'fr', 'none'],
  ["c'est ma conseillère qui m'a envoyé ici", 'fr', 'none'],
  ['je veux reprendre le travail après mon congé maternité', 'fr', 'none'],
  ['recommencer une formation dans la vente', 'fr', 'none'],
  ['repartir de zéro dans un autre métier', 'fr', 'none'],
  ['apprendre a supprimer des fichiers sur un ordi', 'fr', 'none'],
  ['je veux effacer mes dettes en trouvant un travail', 'fr', 'none'],
  ['je parle arabe et français', 'fr', 'none'],
  // "are you a robot?" with the verb first (the bot says what it is; the contract's intent is human)
  ['Êtes-vous une machine ?', 'fr', 'human'],
  ['es-tu un robot', 'fr', 'human'],
  ['is dat een bot?', 'nl', 'human'],
  ['¿es usted una persona?', 'es', 'human'],
  // another language said not spoken, then "only" one: a request for it; "only" one alone describes the person
  ['sorry, I do not speak French, only English', 'en', 'language:en'],
  ['no entiendo el francés, solo español', 'es', 'language:es'],
  ['I speak Arabic and only a little English', 'en', 'none'],
  // booking appointments online is something one can do, not a request for an appointment with a person
  ['je sais prendre des rdv en ligne et envoyer des mails', 'fr', 'none'],
  ['I can book appointments online and do video calls', 'en', 'none'],
  ['sé mandar correos y pedir citas por internet', 'es', 'none'],
  ['ich kann Termine online buchen und Mails schreiben', 'de', 'none'],
  ['ik kan online afspraken maken en mailen', 'nl', 'none'],
  // ... while an appointment asked for, singular or not, is still a request
  ['ich möchte einen Termin vereinbaren', 'de', 'human'],
  ['can I book appointment with advisor', 'en', 'human'],
  ['quiero pedir cita', 'es', 'human'],
  // "not ok with computers" rates a skill; it says no distress
  ["I'm not ok with computers", 'en', 'none'],
  ["je voudrais apprendre l'anglais", 'fr', 'none'],
  ['je veux aider les personnes agées', 'fr', 'none'],
  ["travailler dans l'aide à domicile", 'fr', 'none'],
  ['agent de sécurité ou agent de nettoyage', 'fr', 'none'],
  // ---------- fr: questions and complaints
  ['c est gratuit ?', 'fr', 'question'],
  ['combien de temps dure la formation', 'fr', 'question'],
  ['pourquoi vous me demandez ça ?', 'fr', 'question'],
  ['ça marche pas votre truc', 'fr', 'complaint'],
  ["j'en ai marre de répondre toujours la même chose", 'fr', 'complaint'],

  // ---------- en: requests
  ['can i speak to a real person please', 'en', 'human'],
  ['i want to talk to an advisor', 'en', 'human'],
  ['get me a human', 'en', 'human'],
  ['is there anyone i can talk to', 'en', 'human'],
  ['can someone call me back', 'en', 'human'],
  ['help', 'en', 'help'],
  ["i don't understand what you're asking", 'en', 'help'],
  ['what are my options', 'en', 'help'],
  ['start over', 'en', 'restart'],
  ['can we start again from the beginning', 'en', 'restart'],
  ['restart the chat please', 'en', 'restart'],
  ['delete my data', 'en', 'erase'],
  ['please erase everything you have on me', 'en', 'erase'],
  ['french please', 'en', 'language:fr'],
  ['can we do this in spanish', 'en', 'language:es'],
  ['do you speak german?', 'en', 'language:de'],
  // ---------- en: hard negatives
  ["i'd like to be a customer service advisor", 'en', 'none'],
  ['i worked as a sales agent for two years', 'en', 'none'],
  ['my advisor at the job centre told me about this', 'en', 'none'],
  ['i want to restart my career in healthcare', 'en', 'none'],
  ['start again in a new field', 'en', 'none'],
  ['learn how to delete files and folders', 'en', 'none'],
  ['i speak english and french', 'en', 'none'],
  ['i want to learn spanish', 'en', 'none'],
  ['i like helping people', 'en', 'none'],
  // ---------- en: questions and complaints
  ['is it free?', 'en', 'question'],
  ['how long does it take', 'en', 'question'],
  ["this isn't working", 'en', 'complaint'],
  ['you keep asking the same question', 'en', 'complaint'],

  // ---------- es: requests
  ['quiero hablar con un asesor', 'es', 'human'],
  ['puedo hablar con una persona real?', 'es', 'human'],
  ['pasame con alguien por favor', 'es', 'human'],
  ['necesito hablar con un humano', 'es', 'human'],
  ['que me llame alguien porfa', 'es', 'human'],
  ['ayuda', 'es', 'help'],
  ['no entiendo que tengo que poner', 'es', 'help'],
  ['cuales son las opciones', 'es', 'help'],
  ['quiero empezar de nuevo', 'es', 'restart'],
  ['volver a empezar por favor', 'es', 'restart'],
  ['reiniciar la conversacion', 'es', 'restart'],
  ['borra mis datos', 'es', 'erase'],
  ['quiero que eliminen mis datos personales', 'es', 'erase'],
  ['en frances por favor', 'es', 'language:fr'],
  ['hablas ingles?', 'es', 'language:en'],
  ['prefiero seguir en aleman', 'es', 'language:de'],
  // ---------- es: hard negatives
  ['quiero trabajar de asesor comercial', 'es', 'none'],
  ['trabaje de agente de atencion al cliente', 'es', 'none'],
  ['mi asesora del paro me mando aqui', 'es', 'none'],
  ['empezar de cero en otro sector', 'es', 'none'],
  ['quiero volver a trabajar en hosteleria', 'es', 'none'],
  ['aprender a borrar archivos en el ordenador', 'es', 'none'],
  ['quiero aprender ingles', 'es', 'none'],
  ['hablo espanol y frances', 'es', 'none'],
  ['me gusta ayudar a la gente', 'es', 'none'],
  // ---------- es: questions and complaints
  ['es gratis?', 'es', 'question'],
  ['cuanto dura el curso', 'es', 'question'],
  ['esto no funciona', 'es', 'complaint'],
  ['no entiendes nada', 'es', 'complaint'],

  // ---------- de: requests
  ['ich möchte mit einem Berater sprechen', 'de', 'human'],
  ['kann ich mit einem echten Menschen reden', 'de', 'human'],
  ['bitte einen Mitarbeiter', 'de', 'human'],
  ['rufen Sie mich bitte zurück', 'de', 'human'],
  ['gibt es hier einen Menschen?', 'de', 'human'],
  ['hilfe', 'de', 'help'],
  ['ich verstehe die frage nicht', 'de', 'help'],
  ['was soll ich antworten', 'de', 'help'],
  ['nochmal von vorne bitte', 'de', 'restart'],
  ['ich will neu anfangen', 'de', 'restart'],
  ['zurück zum anfang', 'de', 'restart'],
  ['löschen Sie meine Daten', 'de', 'erase'],
  ['bitte alle meine daten loeschen', 'de', 'erase'],
  ['auf englisch bitte', 'de', 'language:en'],
  ['sprechen Sie französisch?', 'de', 'language:fr'],
  ['können wir auf spanisch weitermachen', 'de', 'language:es'],
  // ---------- de: hard negatives
  ['ich möchte Berater im Verkauf werden', 'de', 'none'],
  ['ich war 3 Jahre Kundenberater bei einer Bank', 'de', 'none'],
  ['mein Berater vom Arbeitsamt hat mich geschickt', 'de', 'none'],
  ['neu anfangen im Beruf als Pflegekraft', 'de', 'none'],
  ['wieder arbeiten nach der Elternzeit', 'de', 'none'],
  ['lernen wie man Dateien löscht', 'de', 'none'],
  ['ich spreche deutsch und türkisch', 'de', 'none'],
  ['ich will englisch lernen', 'de', 'none'],
  ['ich helfe gern anderen Menschen', 'de', 'none'],
  // ---------- de: questions and complaints
  ['ist das kostenlos?', 'de', 'question'],
  ['wie lange dauert das', 'de', 'question'],
  ['das funktioniert nicht', 'de', 'complaint'],
  ['du verstehst gar nichts', 'de', 'complaint'],

  // ---------- nl
  ['ik wil met een consulent spreken', 'nl', 'human'],
  ['kan ik iemand aan de lijn krijgen', 'nl', 'human'],
  ['help', 'nl', 'help'],
  ['ik snap de vraag niet', 'nl', 'help'],
  ['opnieuw beginnen', 'nl', 'restart'],
  ['verwijder mijn gegevens', 'nl', 'erase'],
  ['in het frans aub', 'nl', 'language:fr'],
  ['ik wil consulent worden', 'nl', 'none'],
  ['opnieuw beginnen in de zorg', 'nl', 'none'],
  ['ik spreek nederlands en frans', 'nl', 'none'],
  ['ik wil engels leren', 'nl', 'none'],
  ['is dat gratis?', 'nl', 'question'],

  // ---------- lb
  ['ech wëll mat engem beroder schwätzen', 'lb', 'human'],
  ['hëllef', 'lb', 'help'],
  ['nei ufänken', 'lb', 'restart'],
  ['läscht meng donnéeën', 'lb', 'erase'],
  ['op franséisch wgl', 'lb', 'language:fr'],
  ['ech wëll beroder ginn', 'lb', 'none'],
  ['ech wëll englesch léieren', 'lb', 'none'],
  ['ass dat gratis?', 'lb', 'question'],

  // ---------- more phrasings per language (requests, hard negatives, complaints, questions)
  // restarting a computer is a skill, not starting over; starting over said with a typo admitted is starting over
  ['sé reiniciar el ordenador y arreglar la impresora', 'es', 'none'],
  ['I can restart a computer and fix the printer', 'en', 'none'],
  ["je sais redémarrer l'ordi et changer l'imprimante", 'fr', 'none'],
  ['Moment, ich fang nochmal neu an, hab was falsch geschrieben', 'de', 'restart'],
  // a language said to be understood badly, and another asked for
  ['je comprends mal le français, in english please', 'fr', 'language:en'],
  ['jpeux parler a qqn', 'fr', 'human'],
  ['je veux parler a qqun de reel', 'fr', 'human'],
  ['y a pas un humain la dedans', 'fr', 'human'],
  ['cest un robot ?', 'fr', 'human'],
  ['vous etes un robot ou quoi', 'fr', 'human'],
  ['je souhaite etre contacte par un conseiller', 'fr', 'human'],
  ['appelez moi au 0475 12 34 56', 'fr', 'human'],
  ['je veux voir quelqu un en vrai', 'fr', 'human'],
  ['un conseiller humain svp', 'fr', 'human'],
  ['passe moi ton responsable', 'fr', 'human'],
  ['je veux parler au responsable', 'fr', 'human'],
  ['mettez moi en contact avec quelqu un svp', 'fr', 'human'],
  ['puis je avoir un conseiller au telephone', 'fr', 'human'],
  ['je préfère parler à une personne', 'fr', 'human'],
  ['je capte rien a ta question', 'fr', 'help'],
  ['jcomprend pas ta question', 'fr', 'help'],
  ['c quoi la question', 'fr', 'help'],
  ['je sais pas quoi repondre', 'fr', 'help'],
  ['tu peux reformuler', 'fr', 'help'],
  ['pouvez vous reformuler svp', 'fr', 'help'],
  ['ça veut dire quoi niveau eqf', 'fr', 'help'],
  ['j ai besoin d aide', 'fr', 'help'],
  ['help svp', 'fr', 'help'],
  ['je veux recommencer', 'fr', 'restart'],
  ['on reprend tout a zero', 'fr', 'restart'],
  ['je me suis trompé on peut recommencer', 'fr', 'restart'],
  ['je veux refaire le test', 'fr', 'restart'],
  ['remettre a zero', 'fr', 'restart'],
  ['recommence stp', 'fr', 'restart'],
  ['supprime mon compte', 'fr', 'erase'],
  ['effacer mes donnees', 'fr', 'erase'],
  ['je veux plus que vous gardiez mes infos', 'fr', 'erase'],
  ['suppression de mes données svp', 'fr', 'erase'],
  ['vous pouvez supprimer tout ce que je vous ai dit', 'fr', 'erase'],
  ['je retire mon consentement', 'fr', 'erase'],
  ['english please', 'fr', 'language:en'],
  ['in english pls', 'fr', 'language:en'],
  ['kan het in het nederlands', 'fr', 'language:nl'],
  ['hablas español?', 'fr', 'language:es'],
  ['je préfère parler allemand', 'fr', 'language:de'],
  ['je comprends pas bien le francais, english?', 'fr', 'language:en', 'gap'],
  ["agent d'entretien", 'fr', 'none'],
  ['je suis agent administratif au cpas', 'fr', 'none'],
  ["conseiller en insertion c'est un metier qui me plait", 'fr', 'none'],
  ['je voudrais reprendre mes études', 'fr', 'none'],
  ['reprendre une activité après une maladie', 'fr', 'none'],
  ['recommencer à travailler', 'fr', 'none'],
  ['je veux un nouveau départ dans ma vie pro', 'fr', 'none'],
  ["j'ai déjà parlé avec mon conseiller actiris", 'fr', 'none'],
  ['mon conseiller pole emploi ma dit de faire une formation', 'fr', 'none'],
  ["la conseillère mission locale m'a parlé de vous", 'fr', 'none'],
  ['apprendre a effacer l historique', 'fr', 'none'],
  ["je voudrais travailler comme agent d'escale", 'fr', 'none'],
  ['je parle couramment anglais', 'fr', 'none'],
  ['je parle 4 langues', 'fr', 'none'],
  ['formation en anglais', 'fr', 'none'],
  ["j'aimerais travailler avec des humains", 'fr', 'none'],
  ['aider les gens en difficulté', 'fr', 'none'],
  ['travailler dans un call center comme conseillère', 'fr', 'none'],
  ['je veux être conseillère en image', 'fr', 'none'],
  ['contacter des clients au téléphone', 'fr', 'none'],
  ['j aime parler avec les gens', 'fr', 'none'],
  ['vous êtes qui ?', 'fr', 'question'],
  ["c'est reconnu par l'état ?", 'fr', 'question'],
  ['est ce que je perds mon chomage', 'fr', 'question'],
  ['vous gardez mes données combien de temps ?', 'fr', 'question'],
  ["t'es vraiment nul", 'fr', 'complaint'],
  ["c'est pas ce que j'ai demandé", 'fr', 'complaint'],
  ['ça fait 3 fois que je le dis', 'fr', 'complaint'],
  ['tu sers a rien franchement', 'fr', 'complaint'],
  ['ce bot est nul', 'fr', 'complaint'],
  ['can i talk to someone from your team', 'en', 'human'],
  ['i need a real human not a bot', 'en', 'human'],
  ['put me through to an advisor pls', 'en', 'human'],
  ['r u a real person', 'en', 'human'],
  ["i'd rather speak to a person", 'en', 'human'],
  ['could an advisor ring me tomorrow', 'en', 'human'],
  ['id like to speak with a career advisor', 'en', 'human'],
  ['hook me up with a human', 'en', 'human'],
  ['let me talk to your manager', 'en', 'human'],
  ["i'm stuck", 'en', 'help'],
  ['what am i meant to put here', 'en', 'help'],
  ['i dont get it', 'en', 'help'],
  ['what does level 4 mean', 'en', 'help'],
  ['sorry what?', 'en', 'help'],
  ['can i start over', 'en', 'restart'],
  ['i made a mistake can we start again', 'en', 'restart'],
  ['let me redo this from the start', 'en', 'restart'],
  ['go back to the first question', 'en', 'restart'],
  ['remove my details please', 'en', 'erase'],
  ['delete my account', 'en', 'erase'],
  ['i want my data deleted', 'en', 'erase'],
  ['please wipe my info', 'en', 'erase'],
  ['can we switch to french', 'en', 'language:fr'],
  ['dutch please', 'en', 'language:nl'],
  ['en español por favor', 'en', 'language:es'],
  ['i work as a support agent', 'en', 'none'],
  ['i used to be a claims advisor', 'en', 'none'],
  ['i want a fresh start in a new job', 'en', 'none'],
  ['i need to start again after being made redundant', 'en', 'none'],
  ['my coach at the jobcentre sent me', 'en', 'none'],
  ['i deleted my cv by accident lol', 'en', 'none'],
  ['i speak polish, english and a bit of german', 'en', 'none'],
  ["i'd like to improve my english", 'en', 'none'],
  ['i want to work with people', 'en', 'none'],
  ['learn to clear browser history', 'en', 'none'],
  ['do i get a certificate?', 'en', 'question'],
  ['who are you guys', 'en', 'question'],
  ['this is useless', 'en', 'complaint'],
  ["you're not listening", 'en', 'complaint'],
  ['puedo hablar con alguien de carne y hueso', 'es', 'human'],
  ['quiero hablar con una persona', 'es', 'human'],
  ['necesito un asesor humano', 'es', 'human'],
  ['me pasas con un agente', 'es', 'human'],
  ['eres un robot?', 'es', 'human'],
  ['me puede llamar un asesor', 'es', 'human'],
  ['hay alguna persona real', 'es', 'human'],
  ['quisiera hablar con un orientador', 'es', 'human'],
  ['comunicame con un asesor por fa', 'es', 'human'],
  ['no entiendo la pregunta', 'es', 'help'],
  ['que significa eso', 'es', 'help'],
  ['q tengo q responder', 'es', 'help'],
  ['no se que poner', 'es', 'help'],
  ['ayudame porfa', 'es', 'help'],
  ['empezar otra vez', 'es', 'restart'],
  ['me equivoque, quiero volver a empezar', 'es', 'restart'],
  ['podemos empezar de nuevo', 'es', 'restart'],
  ['reinicia todo', 'es', 'restart'],
  ['quiero borrar mis datos', 'es', 'erase'],
  ['eliminen mi informacion', 'es', 'erase'],
  ['borra todo lo que te dije', 'es', 'erase'],
  ['no quiero que guarden mis datos', 'es', 'erase'],
  ['puedes hablar en frances', 'es', 'language:fr'],
  ['en ingles porfa', 'es', 'language:en'],
  ['cambiar a aleman', 'es', 'language:de'],
  ['en neerlandes', 'es', 'language:nl'],
  ['soy agente de seguros', 'es', 'none'],
  ['me gustaria ser asesora de imagen', 'es', 'none'],
  ['trabaje como orientador en un colegio', 'es', 'none'],
  ['el asesor del sepe me dijo que viniera', 'es', 'none'],
  ['quiero empezar de nuevo en la hosteleria', 'es', 'none'],
  ['volver a empezar mi vida laboral', 'es', 'none'],
  ['borrar mi deuda es lo que quiero', 'es', 'none'],
  ['hablo arabe, frances y espanol', 'es', 'none'],
  ['quiero mejorar mi ingles', 'es', 'none'],
  ['quiero trabajar con personas mayores', 'es', 'none'],
  ['aprender a borrar fotos del movil', 'es', 'none'],
  ['cuanto cuesta', 'es', 'question'],
  ['me dan un certificado?', 'es', 'question'],
  ['no sirve para nada', 'es', 'complaint'],
  ['siempre la misma pregunta', 'es', 'complaint'],
  ['ich will mit nem Menschen reden', 'de', 'human'],
  ['kann mich jemand anrufen', 'de', 'human'],
  ['verbinden Sie mich mit einem Berater', 'de', 'human'],
  ['bist du ein Roboter?', 'de', 'human'],
  ['ich hätte gern einen persönlichen Ansprechpartner', 'de', 'human'],
  ['ich möchte einen Termin bei einem Berater', 'de', 'human'],
  ['kann ich bitte mit jemandem sprechen', 'de', 'human'],
  ['ich will mit jemandem echtem reden', 'de', 'human'],
  ['ich versteh nicht', 'de', 'help'],
  ['was meinst du', 'de', 'help'],
  ['was muss ich hier eingeben', 'de', 'help'],
  ['keine ahnung was ich antworten soll', 'de', 'help'],
  ['was heißt das', 'de', 'help'],
  ['nochmal von vorne', 'de', 'restart'],
  ['können wir neu starten', 'de', 'restart'],
  ['alles von vorn bitte', 'de', 'restart'],
  ['ich hab mich vertan, nochmal von vorne', 'de', 'restart'],
  ['meine Daten löschen bitte', 'de', 'erase'],
  ['löscht alles über mich', 'de', 'erase'],
  ['ich will dass meine daten gelöscht werden', 'de', 'erase'],
  ['vergiss mich', 'de', 'erase'],
  ['auf französisch bitte', 'de', 'language:fr'],
  ['can we speak english', 'de', 'language:en'],
  ['können wir englisch sprechen', 'de', 'language:en'],
  ['spanisch bitte', 'de', 'language:es'],
  ['ich arbeite als Verkaufsberater', 'de', 'none'],
  ['ich war Kundenbetreuer im Callcenter', 'de', 'none'],
  ['meine Beraterin vom Jobcenter sagte, ich soll hier fragen', 'de', 'none'],
  ['nach der Krankheit wieder neu anfangen im Job', 'de', 'none'],
  ['ich möchte beruflich nochmal von vorne anfangen', 'de', 'none'],
  ['ich habe aus Versehen Dateien gelöscht', 'de', 'none'],
  ['ich spreche arabisch, deutsch und ein bisschen englisch', 'de', 'none'],
  ['deutsch lernen', 'de', 'none'],
  ['ich möchte mit Menschen arbeiten', 'de', 'none'],
  ['Schulden loswerden', 'de', 'none'],
  ['bekomme ich ein Zertifikat?', 'de', 'question'],
  ['wer seid ihr', 'de', 'question'],
  ['das bringt nichts', 'de', 'complaint'],
  ['immer die gleiche frage', 'de', 'complaint'],
  ['ik wil met iemand spreken', 'nl', 'human'],
  ['kan ik een echte persoon spreken', 'nl', 'human'],
  ['bel mij terug aub', 'nl', 'human'],
  ['ben jij een robot?', 'nl', 'human'],
  ['ik begrijp het niet', 'nl', 'help'],
  ['wat bedoel je', 'nl', 'help'],
  ['opnieuw beginnen aub', 'nl', 'restart'],
  ['kunnen we herbeginnen', 'nl', 'restart'],
  ['wis mijn gegevens', 'nl', 'erase'],
  ['verwijder alles', 'nl', 'erase'],
  ['in het engels aub', 'nl', 'language:en'],
  ['kan het in het frans', 'nl', 'language:fr'],
  ['ik werk als klantenadviseur', 'nl', 'none'],
  ['mijn consulent van de vdab stuurde me', 'nl', 'none'],
  ['herbeginnen in een ander beroep', 'nl', 'none'],
  ['ik spreek frans en nederlands', 'nl', 'none'],
  ['ik wil frans leren', 'nl', 'none'],
  ['ik wil met mensen werken', 'nl', 'none'],
  ['ech wëll mat enger persoun schwätzen', 'lb', 'human'],
  ['kann ech mat engem mënsch schwätzen', 'lb', 'human'],
  ['ech verstinn net', 'lb', 'help'],
  ['ech wëll nei ufänken', 'lb', 'restart'],
  ['läscht meng donnéeën w.e.g.', 'lb', 'erase'],
  ['op däitsch wgl', 'lb', 'language:de'],
  ['kënne mir franséisch schwätzen', 'lb', 'language:fr'],
  ['ech schaffen als beroder an enger bank', 'lb', 'none'],
  ['ech schwätzen lëtzebuergesch, franséisch an däitsch', 'lb', 'none'],
  ['ech wëll franséisch léieren', 'lb', 'none'],
  ['nei ufänken an engem anere beruff', 'lb', 'none'],
  ['learn to delete my browsing history', 'en', 'none'],
  ['how do i delete my data', 'en', 'erase'],
  ['können Sie meine Daten löschen', 'de', 'erase'],
  ['können wir nochmal von vorne anfangen', 'de', 'restart'],
  ['ich will lernen wie man Dateien löscht', 'de', 'none'],
  ['aprender a borrar el historial', 'es', 'none'],
  ['como borro mis datos', 'es', 'erase'],
  ['quiero hablar con un ejecutivo', 'es', 'human'],
  ['necesito que alguien me atienda', 'es', 'human'],
  ['hay un humano por ahi?', 'es', 'human'],
  ['quiero hablar con el encargado', 'es', 'human'],
  ['me comunica con un asesor porfavor', 'es', 'human'],
  ['hablar con alguien real', 'es', 'human'],
  ['contactar con un asesor', 'es', 'human'],
  ['quiero una cita con una orientadora', 'es', 'human'],
  ['llamenme por favor', 'es', 'human'],
  ['me pueden contactar', 'es', 'human'],
  ['no quiero hablar con una maquina', 'es', 'human'],
  ['sos un bot?', 'es', 'human'],
  ['arrancar de nuevo', 'es', 'restart'],
  ['empezar de vuelta', 'es', 'restart'],
  ['volver al inicio', 'es', 'restart'],
  ['quiero reiniciar', 'es', 'restart'],
  ['otra vez desde cero porfa', 'es', 'restart'],
  ['puedo empezar de nuevo?', 'es', 'restart'],
  ['me equivoque, podemos volver a empezar', 'es', 'restart'],
  ['borrá mis datos', 'es', 'erase'],
  ['eliminá todo', 'es', 'erase'],
  ['quiero que borren toda mi informacion', 'es', 'erase'],
  ['no quiero que guarden nada', 'es', 'erase'],
  ['borren mi perfil', 'es', 'erase'],
  ['hablame en ingles', 'es', 'language:en'],
  ['podemos hablar en frances?', 'es', 'language:fr'],
  ['mejor en frances', 'es', 'language:fr'],
  ['switch to english', 'es', 'language:en'],
  ['prefiero frances', 'es', 'language:fr'],
  ['en aleman porfa', 'es', 'language:de'],
  ['que hago aca', 'es', 'help'],
  ['no entiendo que me pide', 'es', 'help'],
  ['que opciones hay', 'es', 'help'],
  ['que significa nivel eqf', 'es', 'help'],
  ['trabajo de ejecutivo de ventas', 'es', 'none'],
  ['fui asesora financiera en un banco', 'es', 'none'],
  ['la orientadora del colegio me hablo de esto', 'es', 'none'],
  ['quiero volver a estudiar', 'es', 'none'],
  ['reiniciar mi vida en belgica', 'es', 'none'],
  ['empezar de nuevo en otro pais', 'es', 'none'],
  ['quiero borrar mi pasado y trabajar', 'es', 'none'],
  ['hablo frances e ingles', 'es', 'none'],
  ['quiero aprender frances para trabajar', 'es', 'none'],
  ['me gustaria hablar ingles bien', 'es', 'none'],
  ['ayudar a personas con discapacidad', 'es', 'none'],
  ['atencion al cliente en una tienda', 'es', 'none'],
  ['agente inmobiliario', 'es', 'none'],
  ['quiero ser operador de maquinas', 'es', 'none'],
  ['jveux parler a un vrai conseiller', 'fr', 'human'],
  ['svp un humain', 'fr', 'human'],
  ['je peux avoir quelqu un au tel', 'fr', 'human'],
  ['vous pouvez m appeler ?', 'fr', 'human'],
  ['je voudrais qu on m appelle', 'fr', 'human'],
  ['un conseiller peut me contacter ?', 'fr', 'human'],
  ['ya quelqu un ?', 'fr', 'human'],
  ['je veux parler a une personne physique', 'fr', 'human'],
  ["j'exige de parler à un responsable", 'fr', 'human'],
  ["est-ce que je peux prendre rdv avec quelqu'un", 'fr', 'human'],
  ['tu es un robot ?', 'fr', 'human'],
  ['c un bot ?', 'fr', 'human'],
  ['on recommence tout', 'fr', 'restart'],
  ['je veux tout reprendre a zero', 'fr', 'restart'],
  ['recommencer svp', 'fr', 'restart'],
  ['je peux recommencer ?', 'fr', 'restart'],
  ['retour au debut svp', 'fr', 'restart'],
  ['je me suis trompé je veux recommencer le questionnaire', 'fr', 'restart'],
  ['on reprend depuis le debut stp', 'fr', 'restart'],
  ['supprimer mes données', 'fr', 'erase'],
  ['effacez tout ce que je vous ai dit', 'fr', 'erase'],
  ['je veux que vous effaciez mes infos', 'fr', 'erase'],
  ['supprimez mon profil svp', 'fr', 'erase'],
  ['je veux supprimer mon compte', 'fr', 'erase'],
  ['vous pouvez effacer mes données ?', 'fr', 'erase'],
  ['nederlands aub', 'fr', 'language:nl'],
  ['auf deutsch bitte', 'fr', 'language:de'],
  ['en anglais c possible ?', 'fr', 'language:en'],
  ['vous parlez espagnol', 'fr', 'language:es'],
  ['je préfère en anglais', 'fr', 'language:en'],
  ["j'ai rien compris", 'fr', 'help'],
  // thanks for the patience or the time, a Flemish "goeiendag", restarting "auf Anfang" (written for the twelfth set's kinds)
  ['un grand merci pour votre temps', 'fr', 'thanks'], ['thank you very much for your explanations', 'en', 'thanks'],
  ['muchas gracias por su paciencia', 'es', 'thanks'], ['danke für die Erklärungen', 'de', 'thanks'],
  ['bedankt voor je geduld', 'nl', 'thanks'], ['merci fir Är Gedold', 'lb', 'thanks'], ['goeiendag', 'nl', 'greeting'],
  ['na gut, dann alles auf Anfang', 'de', 'restart'],
  // a question on the bot, then a person asked for
  ['is it an AI? i need a human', 'en', 'human'], ['is this a bot thing, I want a real person', 'en', 'human'],
  ['je comprends pas ce que vous voulez dire', 'fr', 'help'],
  ["c'est quoi un niveau eqf", 'fr', 'help'],
  ["qu'est ce que je dois répondre", 'fr', 'help'],
  ['je sais pas quoi mettre', 'fr', 'help'],
  ['je suis agent de production', 'fr', 'none'],
  ['j ai été conseillère en assurance', 'fr', 'none'],
  ["ma conseillère du forem m'a conseillé ce site", 'fr', 'none'],
  ['je dois recontacter mon ancien employeur', 'fr', 'none'],
  ['je veux recommencer a travailler apres 10 ans', 'fr', 'none'],
  ['repartir de zero en belgique', 'fr', 'none'],
  ['effacer mes dettes', 'fr', 'none'],
  ['supprimer des fichiers sur excel', 'fr', 'none'],
  ['je parle anglais couramment', 'fr', 'none'],
  ['je veux perfectionner mon anglais', 'fr', 'none'],
  ['je voudrais devenir conseillère en insertion', 'fr', 'none'],
  ['agent de sécurité', 'fr', 'none'],
  ['assistante sociale c est mon reve', 'fr', 'none'],
  ['je veux travailler dans l accueil du public', 'fr', 'none'],
  ['j ai un rdv avec actiris la semaine prochaine', 'fr', 'none'],
  ['mon referent rsa ma dit de venir', 'fr', 'none'],
  ['conseiller de vente chez decathlon', 'fr', 'none'],
  ['je suis employée de bureau', 'fr', 'none'],
  ['aide soignante', 'fr', 'none'],
  ['je veux aider mon prochain', 'fr', 'none'],
  ['no entiendo francés', 'fr', 'language:es'],
  ["i don't speak french", 'fr', 'language:en'],
  ['sorry i dont understand french', 'fr', 'language:en'],
  ['ich verstehe kein französisch', 'fr', 'language:de'],
  ['ik spreek geen frans', 'fr', 'language:nl'],
  ['no hablo frances, hablas español?', 'fr', 'language:es'],
  ['english?', 'fr', 'language:en'],
  ['English pls', 'fr', 'language:en'],
  ['in english', 'fr', 'language:en'],
  ['español porfa', 'fr', 'language:es'],
  ['en español', 'fr', 'language:es'],
  ['do you speak english', 'fr', 'language:en'],
  ['can you write in english', 'fr', 'language:en'],
  ['kan het in het nederlands aub', 'fr', 'language:nl'],
  ['in het nederlands', 'fr', 'language:nl'],
  ['vlaams', 'fr', 'language:nl'],
  ['deutsch?', 'fr', 'language:de'],
  ['op lëtzebuergesch', 'fr', 'language:lb'],
  ['anglais stp', 'fr', 'language:en'],
  ['traduire en anglais svp', 'fr', 'language:en'],
  ["je comprends mieux l'anglais", 'fr', 'language:en'],
  ['je parle pas anglais', 'en', 'language:fr'],
  ['francais svp', 'en', 'language:fr'],
  ["en français s'il vous plait", 'en', 'language:fr'],
  ['kein englisch', 'en', 'language:de'],
  ['no hablo ingles', 'en', 'language:es'],
  ['kunnen we nederlands spreken', 'en', 'language:nl', 'gap'],
  ['can you switch to french', 'en', 'language:fr'],
  ['french would be easier for me', 'en', 'language:fr'],
  ["i'd prefer french", 'en', 'language:fr'],
  ['je ne parle pas espagnol', 'es', 'language:fr'],
  ['i dont speak spanish', 'es', 'language:en'],
  ['en ingles mejor', 'es', 'language:en'],
  ['se puede en frances?', 'es', 'language:fr'],
  ['puedes escribirme en frances', 'es', 'language:fr'],
  ['cambia el idioma a ingles', 'es', 'language:en'],
  ['je parle pas allemand', 'de', 'language:fr'],
  ["i don't speak german", 'de', 'language:en'],
  ['auf englisch', 'de', 'language:en'],
  ['geht das auch auf englisch?', 'de', 'language:en'],
  ['lieber auf französisch', 'de', 'language:fr'],
  ['können Sie französisch', 'de', 'language:fr'],
  ['bitte in englisch', 'de', 'language:en'],
  ['nederlands', 'de', 'language:nl'],
  ['en français svp', 'nl', 'language:fr'],
  // "now" said with the language (found by a tester: "en français maintenant" was not understood on an English chat)
  ['en espagnol maintenant', 'en', 'language:es'], ['now in Dutch', 'fr', 'language:nl'], ['ahora en alemán', 'fr', 'language:de'],
  ['jetzt auf Englisch', 'es', 'language:en'], ['vanaf nu in het Frans', 'en', 'language:fr'], ['elo op Englesch', 'lb', 'language:en'],
  ['en français', 'lb', 'language:fr'],
  ['je parle anglais', 'fr', 'none'],
  ['anglais niveau b1', 'fr', 'none'],
  ['je parle anglais espagnol et arabe', 'fr', 'none'],
  ["ma langue maternelle c'est l'espagnol", 'fr', 'none'],
  ['je suis de nationalité allemande', 'fr', 'none'],
  ["je veux des cours d'anglais", 'fr', 'none'],
  ['mon diplome est en anglais', 'fr', 'none'],
  ["i'm from spain", 'en', 'none'],
  ['i learnt french at school', 'en', 'none'],
  ['my mother tongue is dutch', 'en', 'none'],
  ['soy de alemania', 'es', 'none'],
  ['tengo nivel b2 de ingles', 'es', 'none'],
  ['ich komme aus frankreich', 'de', 'none'],
  ['meine muttersprache ist spanisch', 'de', 'none'],
  ["c'est nul ton truc", 'fr', 'complaint'],
  ['tu me fais perdre mon temps', 'fr', 'complaint'],
  ['vous posez trop de questions', 'fr', 'complaint'],
  ["t'es lent", 'fr', 'complaint'],
  ["ça m'aide pas du tout", 'fr', 'complaint'],
  ['je suis pas satisfait de vos réponses', 'fr', 'complaint'],
  ['vos formations sont nulles', 'fr', 'complaint'],
  ["franchement c'est naze", 'fr', 'complaint'],
  ['ça sert a rien ce site', 'fr', 'complaint'],
  ['tu comprends rien a ce que je dis', 'fr', 'complaint'],
  ['tu me réponds à côté', 'fr', 'complaint'],
  ["c'est pas ce que je cherche du tout", 'fr', 'complaint'],
  ["j'ai déjà donné cette info", 'fr', 'complaint'],
  ['pfff', 'fr', 'complaint'],
  ['grr', 'fr', 'complaint', 'gap'],
  ["c'est chiant", 'fr', 'complaint'],
  ["c'est de la merde", 'fr', 'complaint'],
  ['ça beugue encore', 'fr', 'complaint'],
  ['vous êtes payés par qui ?', 'fr', 'question'],
  ["est-ce que c'est gratuit", 'fr', 'question'],
  ['ça prend combien de temps', 'fr', 'question'],
  ['je reçois un certificat à la fin ?', 'fr', 'question'],
  ["c'est quoi openclassrooms", 'fr', 'question'],
  ['vous faites quoi de mes données ?', 'fr', 'question'],
  ['je peux le faire depuis mon téléphone ?', 'fr', 'question'],
  ['il faut être inscrit au forem ?', 'fr', 'question'],
  ['est-ce que je garde mes allocations pendant la formation', 'fr', 'question'],
  ['pourquoi vous voulez savoir mon niveau', 'fr', 'question'],
  ["c'est en ligne ou en présentiel ?", 'fr', 'question'],
  ["c'est reconnu en belgique ?", 'fr', 'question'],
  ['this is rubbish', 'en', 'complaint'],
  ['waste of time', 'en', 'complaint'],
  ["you're useless", 'en', 'complaint'],
  ['this bot is so annoying', 'en', 'complaint'],
  ['i already told you that', 'en', 'complaint'],
  ["that's not what i said", 'en', 'complaint'],
  ['too many questions', 'en', 'complaint'],
  ['ugh', 'en', 'complaint'],
  ['this sucks', 'en', 'complaint'],
  ['not helpful at all', 'en', 'complaint'],
  ['how much does it cost?', 'en', 'question'],
  ['is it online?', 'en', 'question'],
  ['will i lose my benefits', 'en', 'question'],
  ['what do you do with my data?', 'en', 'question'],
  ['who runs this service', 'en', 'question'],
  ['why do you need to know that?', 'en', 'question'],
  ['do i need to register somewhere', 'en', 'question'],
  ['esto es una basura', 'es', 'complaint'],
  ['no me ayudas en nada', 'es', 'complaint'],
  ['que pesado', 'es', 'complaint'],
  ['ya te lo dije', 'es', 'complaint'],
  ['demasiadas preguntas', 'es', 'complaint'],
  ['es una perdida de tiempo', 'es', 'complaint'],
  ['no sirves para nada', 'es', 'complaint'],
  ['que mal servicio', 'es', 'complaint'],
  ['estoy harto de este chat', 'es', 'complaint'],
  ['es online?', 'es', 'question'],
  ['cuanto tiempo dura?', 'es', 'question'],
  ['pierdo el paro si hago el curso?', 'es', 'question'],
  ['dan diploma?', 'es', 'question'],
  ['para que quieres saber eso?', 'es', 'question'],
  // complaints about the service; a device said to be broken is no complaint
  ['the website you gave me does not even work', 'en', 'complaint'],
  ['echt umständlich alles', 'de', 'complaint'],
  ["my phone doesn't work anymore", 'en', 'none'],
  ['mon pc marche plus depuis un mois', 'fr', 'none'],
  ['que hacen con mis datos?', 'es', 'question'],
  ['total nutzlos', 'de', 'complaint'],
  ['Zeitverschwendung', 'de', 'complaint'],
  ['das hab ich doch schon gesagt', 'de', 'complaint'],
  ['zu viele Fragen', 'de', 'complaint'],
  ['du nervst', 'de', 'complaint'],
  ['schlechter Service', 'de', 'complaint'],
  ['so ein Quatsch', 'de', 'complaint'],
  ['kostet das was?', 'de', 'question'],
  ['ist das online?', 'de', 'question'],
  ['verliere ich mein Arbeitslosengeld?', 'de', 'question'],
  ['warum wollen Sie das wissen?', 'de', 'question'],
  ['was passiert mit meinen Daten?', 'de', 'question'],
  ['bekomme ich ein Zertifikat', 'de', 'question'],
  // spoken forms of a question opening with its verb, no "?"; "cuesta" asks only of a price ("me cuesta leer" is a struggle)
  ['krieg ich danach ein Zertifikat', 'de', 'question'], ['verlier ich mein Arbeitslosengeld wenn ich den Kurs mache', 'de', 'question'],
  ['el curso cuesta dinero o no', 'es', 'question'], ['me cuesta leer en frances', 'es', 'none'],
  // starting over "from the very start" is the conversation's restart; a new start in a trade is none
  ['mogen we opnieuw beginnen van voor af aan', 'nl', 'restart'], ['on peut reprendre à zéro, je me suis trompé', 'fr', 'restart'],
  ['herbeginnen van voor af aan met een nieuwe job als kapper', 'nl', 'none'], ['je veux reprendre à zéro dans la cuisine', 'fr', 'none'],
  ['je veux tout recommencer dans ma vie professionnelle', 'fr', 'none'],
  ['recommencer à zéro dans un nouveau pays', 'fr', 'none'],
  ["j'aimerais reprendre depuis le début les bases en maths", 'fr', 'none'],
  ["revenir au début de ma carrière c'est dur", 'fr', 'none'],
  ['nouveau départ après mon divorce', 'fr', 'none'],
  ['je voudrais refaire une formation', 'fr', 'none'],
  ['refaire mes papiers', 'fr', 'none'],
  ['je recommence à chercher du travail', 'fr', 'none'],
  ['reprendre une entreprise', 'fr', 'none'],
  ['parler avec des clients ça me plait', 'fr', 'none'],
  ['je veux un travail où je parle avec les gens', 'fr', 'none'],
  ["je cherche un emploi d'agent de quai", 'fr', 'none'],
  ['employé polyvalent', 'fr', 'none'],
  ["j'ai été opératrice de saisie", 'fr', 'none'],
  ['je veux travailler comme interlocuteur client', 'fr', 'none'],
  ["mon référent m'a dit de vous contacter", 'fr', 'none'],
  ['appeler les clients pour vendre', 'fr', 'none'],
  ["je veux être hôtesse d'accueil ou standardiste pour répondre au téléphone", 'fr', 'none'],
  ['supprimer des lignes dans excel', 'fr', 'none'],
  ['je voudrais effacer mon casier judiciaire', 'fr', 'none'],
  ["j'ai supprimé mon cv par erreur", 'fr', 'none'],
  ['je parle néerlandais un peu', 'fr', 'none'],
  ['je suis bilingue français anglais', 'fr', 'none'],
  ['je veux apprendre le néerlandais pour travailler à bruxelles', 'fr', 'none'],
  ['cours de français langue étrangère', 'fr', 'none'],
  ['i want to start over in a new country', 'en', 'none'],
  ['starting over after prison is hard', 'en', 'none'],
  ['i need a fresh start', 'en', 'none'],
  ["i'm a call centre agent", 'en', 'none'],
  ['i want to work as a care advisor', 'en', 'none'],
  ['talking to customers is what i enjoy', 'en', 'none'],
  ['how to delete emails in outlook', 'en', 'none'],
  ['i worked as a human resources assistant', 'en', 'none'],
  ['quiero empezar de nuevo en belgica', 'es', 'none'],
  ['volver a empezar despues del divorcio', 'es', 'none'],
  ['reiniciar mi carrera profesional', 'es', 'none'],
  ['soy agente de viajes', 'es', 'none'],
  ['trabajo de operador en un call center', 'es', 'none'],
  ['quiero hablar mejor frances', 'es', 'none'],
  ['hablo un poco de aleman', 'es', 'none'],
  ['como borrar archivos', 'es', 'none'],
  ['ich will nochmal von vorne anfangen im neuen Beruf', 'de', 'none'],
  ['ein Neustart nach der Kündigung', 'de', 'none'],
  ['ich möchte neu anfangen in Belgien', 'de', 'none'],
  ['ich war Sachbearbeiterin', 'de', 'none'],
  ['ich suche eine Stelle als Mitarbeiter im Kundenservice', 'de', 'none'],
  ['ich telefoniere gern mit Kunden', 'de', 'none'],
  ['ich spreche gut englisch', 'de', 'none'],
  ['ich will besser deutsch sprechen', 'de', 'none'],
  ['sprache deutsch', 'de', 'language:de'],
  ['andere sprache bitte, englisch', 'de', 'language:en'],
  ['sprache auf französisch ändern', 'de', 'language:fr'],
  ['ich spreche kein englisch', 'de', 'language:de'],
  ["quelqu'un peut m'aider ?", 'fr', 'human'],
  ["une personne peut m'aider svp", 'fr', 'human'],
  ["j'aimerais être accompagné par quelqu'un", 'fr', 'human'],
  ['je veux parler à qlq', 'fr', 'human'],
  ['besoin de parler a quelqu un', 'fr', 'human'],
  ['y a un conseiller dispo ?', 'fr', 'human'],
  ['je voudrais un accompagnement humain', 'fr', 'human'],
  ["est ce qu'un conseiller peut me rappeler", 'fr', 'human'],
  ['un vrai svp', 'fr', 'human'],
  ["jpeux avoir un numéro de téléphone pour parler à quelqu'un", 'fr', 'human'],
  ['votre numéro de téléphone ?', 'fr', 'human'],
  ['comment je peux vous joindre', 'fr', 'human'],
  ['vous avez un numéro où appeler ?', 'fr', 'human'],
  ['je préfère voir quelqu un en face', 'fr', 'human'],
  ["c'est possible de parler à quelqu'un ?", 'fr', 'human'],
  ['je veux un rendez vous', 'fr', 'human'],
  ['parler a 1 conseiller', 'fr', 'human'],
  ["t'es une vraie personne ou un robot", 'fr', 'human'],
  ['suis je en train de parler à un robot', 'fr', 'human'],
  ['je parle a une machine là ?', 'fr', 'human'],
  ['alguien me puede ayudar?', 'es', 'human'],
  ['hay alguien que me pueda atender', 'es', 'human'],
  ['necesito hablar con alguien', 'es', 'human'],
  ['me pasan con alguien', 'es', 'human'],
  ['cual es el telefono para llamar', 'es', 'human'],
  ['quiero una persona no un robot', 'es', 'human'],
  ['prefiero hablar con una persona', 'es', 'human'],
  ['es posible hablar con alguien?', 'es', 'human'],
  ['estoy hablando con una maquina?', 'es', 'human'],
  ['quiero que me atienda un humano', 'es', 'human'],
  ['me gustaria hablar con un orientador', 'es', 'human'],
  ['pueden llamarme al 600123456', 'es', 'human'],
  ['quiero cita presencial', 'es', 'human'],
  ['no entiendo q me preguntas', 'es', 'help'],
  ['no se que significa eso', 'es', 'help'],
  ['explicame mejor', 'es', 'help'],
  ['cuales son las opciones?', 'es', 'help'],
  ['comenzar de cero', 'es', 'restart'],
  ['otra vez por favor', 'es', 'restart'],
  ['elimina mi cuenta', 'es', 'erase'],
  ['borra todo', 'es', 'erase'],
  ['quiero darme de baja', 'es', 'erase'],
  ['parlez vous francais', 'es', 'language:fr'],
  ['hablame en ingles por favor', 'es', 'language:en'],
  ['english', 'es', 'language:en'],
  ['en francés', 'es', 'language:fr'],
  ['mejor frances', 'es', 'language:fr'],
  ['no entiendo bien español, in english please', 'es', 'language:en', 'gap'],
  // ---------- thanks said first, then kind words; dotted abbreviations; Flemish "ge"; a callback in a subordinate clause
  ['thanks a lot, you were really helpful', 'en', 'thanks'],
  // a word that calls someone after thanks is said to them, not "huh?" asking for help
  ['dank u wel hé', 'nl', 'thanks'],
  ['merci hein', 'fr', 'thanks'],
  ['merci beaucoup, c\'est très gentil à vous', 'fr', 'thanks'],
  ['muchas gracias, muy amable de tu parte', 'es', 'thanks'],
  ['danke vielmals, sehr nett von Ihnen', 'de', 'thanks'],
  ['merci voor de uitleg, heel vriendelijk', 'nl', 'thanks'],
  ['merci fir d\'Infoen', 'lb', 'thanks'],
  ['w.e.g. läscht meng Donnéeën', 'lb', 'erase'],
  ['s.v.p. je veux recommencer le questionnaire', 'fr', 'restart'],
  ['ge snapt er precies niks van', 'nl', 'complaint'],
  ['könnte es sein, dass mich eine Beraterin zurückruft?', 'de', 'human'],
  ['mein Berater hat mich gestern angerufen', 'de', 'none'],
  // ---------- a request for one language beside another said not to be understood; complaints of a stuck chat
  ['my Spanish is bad, can we do this in English?', 'en', 'language:en'],
  ['ik versta geen Frans, in het Nederlands aub', 'nl', 'language:nl'],
  ['je parle pas bien le français, en español por favor', 'fr', 'language:es'],
  ['I speak Dutch, French and a bit of English', 'en', 'none'],
  // found chatting as jobseekers: a language one speaks a bit is no switch; the chat's own language asked beside a topic is no switch
  ['Trained nurse, moved to Paris. I speak French a bit but not enough for a hospital.', 'en', 'none'],
  ['ik wil python leren, liefst in het nederlands', 'nl', 'none'],
  // said without its verb, as typed on a phone
  ['sorry my german not so good, in english pls', 'de', 'language:en'],
  ['mon anglais pas terrible, on peut faire en français ?', 'en', 'language:fr'],
  ['mi francés no muy bueno, en español por favor', 'fr', 'language:es'],
  ['ça fait dix minutes que j écris et il se passe rien', 'fr', 'complaint'],
  ['es passiert nix, das funktioniert nicht', 'de', 'complaint'],
  ['esto no avanza, qué desastre', 'es', 'complaint'],
  // ---------- from a black-box chat run: a question about appointments is no request; languages asked in other words
  ['¿hace falta pedir cita para eso?', 'es', 'question'],
  ['mi inglés no es muy bueno, ¿podemos seguir en español?', 'es', 'language:es'],
  ['no entiendo nada, francés porfa', 'es', 'language:fr'],
  // ---------- an apology or an adverb around "I don't understand <language>"; a name said; thanks to someone
  ['sorry, I can\'t really read German', 'en', 'language:en'],
  ['I do not understand Dutch very well', 'en', 'language:en'],
  ['perdona, no hablo muy bien el alemán', 'es', 'language:es'],
  ['désolée je parle pas trop bien l\'anglais', 'fr', 'language:fr'],
  ['Entschuldigung, ich spreche nicht so gut Englisch', 'de', 'language:de'],
  ['sorry, ik spreek geen Duits', 'nl', 'language:nl'],
  ['bonsoir, moi c\'est Karim', 'fr', 'greeting'],
  ['hello, my name is Priya', 'en', 'greeting'],
  ['buenas, me llamo José Luis', 'es', 'greeting'],
  ['guten Tag, mein Name ist Petra Schmitz', 'de', 'greeting'],
  ['dag, ik heet Joke', 'nl', 'greeting'],
  ['Moien, ech sinn den Luc', 'lb', 'greeting'],
  ['je m\'appelle Inès et je cherche un stage en vente', 'fr', 'none'],
  // ---------- a greeting, then who is writing for whom: still a greeting (nothing else to read); with a wish, an answer
  ['bonsoir, c\'est la voisine de Mme Lambert qui écrit', 'fr', 'greeting'],
  ['hi there, writing this for my uncle', 'en', 'greeting'],
  ['hola, le escribe el sobrino de la señora Ruiz', 'es', 'greeting'],
  ['hallo, hier schreibt die Nichte von Frau Becker', 'de', 'greeting'],
  ['goeiemiddag, hier de buurman van mevrouw Claes', 'nl', 'greeting'],
  ['bonsoir, c\'est la voisine de Mme Lambert, elle cherche un travail', 'fr', 'none'],
  ['thanks so much buddy', 'en', 'thanks'],
  ['mil gracias amiga', 'es', 'thanks'],
  ['merci beaucoup monsieur le robot', 'fr', 'thanks'],
  ['danke dir, Chef', 'de', 'thanks'],
  ['hallo?? dit werkt echt niet', 'nl', 'complaint'],
  // ---------- back to the first question, reset; not understanding the question or its list
  ['oops wrong answers, take me back to the first question please', 'en', 'restart'],
  ['je me suis trompée, on peut revenir à la première question', 'fr', 'restart'],
  ['fout gedaan, reset alles aub', 'nl', 'restart'],
  ['me equivoqué, quiero volver a la primera pregunta', 'es', 'restart'],
  ['bitte zurück zur ersten Frage', 'de', 'restart'],
  ['tío no pillo la pregunta', 'es', 'help'],
  ['sorry ik snap die lijst niet', 'nl', 'help'],
  ['je comprends pas la liste', 'fr', 'help'],
  ["sorry I don't understand the list", 'en', 'help'],
  // ---------- a person asked for in formal words ("m'entretenir avec", "tratar con", "mich austauschen")
  ['je souhaiterais m\'entretenir avec une conseillère', 'fr', 'human'],
  ['could I have a word with an advisor please', 'en', 'human'],
  ['preferiría tratar con una persona de verdad', 'es', 'human'],
  ['ich würde mich lieber mit einem Berater austauschen', 'de', 'human'],
  ['kan ik even overleggen met een consulent', 'nl', 'human'],
  // ---------- complaints said young or short: the bot is slow, understands nothing; thanks with slang praise
  ['franchement ce truc est trop lent', 'fr', 'complaint'],
  ['ugh this thing is way too slow', 'en', 'complaint'],
  ['alter, der Bot versteht gar nichts', 'de', 'complaint'],
  ['pff, deze chat is veel te traag', 'nl', 'complaint'],
  ['de Bot versteet näischt', 'lb', 'complaint'],
  ['merci frérot t\'es un boss', 'fr', 'thanks'],
  ['gracias tío, eres un crack', 'es', 'thanks'],
  ['danke, du bist ein Schatz', 'de', 'thanks'],
  // ---------- thanks with a kind word about the bot, or a goodbye for later
  ['merci, t\'es trop gentille', 'fr', 'thanks'],
  ['thank you, you are very helpful', 'en', 'thanks'],
  ['ok merci je reviendrai plus tard', 'fr', 'thanks'],
  ['thanks, see you tomorrow', 'en', 'thanks'],
  ['vale gracias, vuelvo mañana', 'es', 'thanks'],
  ['danke, bis morgen', 'de', 'thanks'],
  ['merci, tot straks', 'nl', 'thanks'],
  // ---------- a language started from the beginning is no restart of the conversation
  ["je voudrais reprendre l'anglais depuis le début", 'fr', 'none'],
  ['el inglés lo quiero empezar de cero', 'es', 'none'],
  ['Niederländisch will ich ganz von vorne lernen', 'de', 'none'],
  // ---------- "how much is it" in SMS forms is a question about cost; "c quoi un CESS" asks what a term means
  ["j'habite à Namur, c'est combien la formation de cariste ?", 'fr', 'question'],
  ['vivo en Lieja, ¿cuánto vale el curso?', 'es', 'question'],
  // ---------- complaints about being asked again, about what is offered, about the bot being hard to use
  ['vous me l avez déjà demandé', 'fr', 'complaint'],
  ['ces formations correspondent pas du tout à ce que je veux', 'fr', 'complaint'],
  ["c'est trop compliqué pour moi ce truc", 'fr', 'complaint'],
  ['you asked me that already', 'en', 'complaint'],
  ['those courses are irrelevant, nothing to do with what I said', 'en', 'complaint'],
  ['ya me lo preguntaste antes', 'es', 'complaint'],
  ['das passt alles überhaupt nicht zu mir', 'de', 'complaint'],
  ['dat hebt ge al gevraagd', 'nl', 'complaint'],
  ['dat bréngt mer guer näischt', 'lb', 'complaint'],
  // ---------- "how are you?" is a greeting, not a question about the service
  ['cc cv ?', 'fr', 'greeting'],
  ['hey, how are you doing?', 'en', 'greeting'],
  ['buenas, ¿cómo estás?', 'es', 'greeting'],
  ['hoi, hoe is het?', 'nl', 'greeting'],
  // ---------- why the bot needs to know something is a question, and answers nothing
  ["pourquoi vous avez besoin de connaître mon niveau d'études ?", 'fr', 'question'],
  ['¿y por qué necesitan saber eso?', 'es', 'question'],
  ['why do you need to know my age and my degree?', 'en', 'question'],
  ['wozu wollen Sie das wissen?', 'de', 'question'],
  ['cb de temps elle dure la formation', 'fr', 'question'],
  ['c quoi un CQ6 ??', 'fr', 'help'],
  ['whats an EQF level', 'en', 'help'],
  // ---------- erasure asked in the passive ("that my data be deleted"), a person on the phone, "can you also speak…",
  // and "I'm only human" (no request for one)
  ["j'aimerais que toutes mes données soient effacées", 'fr', 'erase'],
  ['I want all my details to be removed', 'en', 'erase'],
  ['necesito que mis datos personales sean eliminados', 'es', 'erase'],
  ['ik wil dat mijn profiel gewist wordt', 'nl', 'erase'],
  ['kan ik iemand aan de telefoon krijgen', 'nl', 'human'],
  ['can I speak to someone on the phone please', 'en', 'human'],
  ['sprechen Sie auch Englisch?', 'de', 'language:en'],
  ['do you also speak Spanish?', 'en', 'language:es'],
  ['ich bin auch nur ein Mensch, ich brauche Zeit', 'de', 'none'],
  ["désolé je suis qu'un humain, j'ai oublié", 'fr', 'none'],
  ["I'm only human, I make mistakes", 'en', 'none'],
  ['ech wëll beruflech nei ufänken', 'lb', 'none'],
  ['ech wëll nei ufänken', 'lb', 'restart'],
];

describe('Understanding.understand: intents of messages written for generalisation', () => {
  const u = useUnderstanding();
  for (const pending of [undefined, 'goal'] as const) {
    for (const [text, lang, intent, gap] of rows) {
      const title = `when a ${lang} message "${text}" comes${pending ? ' to the goal question' : ''}, then its intent is ${intent}`;
      if (gap) {
        it.skip(title);
        continue;
      }
      it(title, () => {
        const read = u().understand(text, lang, { pending });
        expect(read.intent).to.equal(intent);
        if (read.question === 'why') expect(read.slots).to.deep.equal({});
      });
    }
  }
});

describe('Understanding.understand: an answer said with feeling is the answer', () => {
  const u = useUnderstanding();
  const cases: Array<[string, string, 'goal' | 'interest', string]> = [
    // the complaint words are about the person's life: the pending question is answered
    ["n'importe quel boulot, n'importe quoi, faut que je paye mon loyer", 'fr', 'goal', 'none'],
    ['otro oficio, estoy harta de la hostelería', 'es', 'goal', 'none'],
    // the complaint words are the whole message, or about the bot
    ['estoy harto de este chat', 'es', 'goal', 'complaint'],
    // opening with a question word, no "?", answering the question asked: the answer
    ['how to write a CV and look for jobs online', 'en', 'interest', 'none'],
    ['how much does it cost', 'en', 'interest', 'question'],
    ["c'est nul ce truc", 'fr', 'interest', 'complaint'],
  ];
  for (const [text, lang, pending, intent] of cases) {
    it(`when a ${lang} user answers "${text}" to the ${pending} question, then its intent is ${intent}`, () => {
      expect(u().understand(text, lang, { pending }).intent).to.equal(intent);
    });
  }
});

describe('Understanding.understand: starting over or erasing said with who the person is is confirmed, not done', () => {
  const u = useUnderstanding();
  // written for this test: a new start in life or work, with something about the person in the same message
  const unsure: Array<[string, string, 'restart' | 'erase', string]> = [
    ["j'ai tout perdu, je dois repartir de zéro à Charleroi", 'fr', 'restart', 'region'],
    ['I have to start over from scratch, I just moved to Namur', 'en', 'restart', 'region'],
    ['ich muss von vorne anfangen, ich wohne jetzt in Arlon', 'de', 'restart', 'region'],
    ['ik moet opnieuw beginnen, ik woon nu in Gent', 'nl', 'restart', 'region'],
    ['je dois tout recommencer à zéro, j\'habite à Liège maintenant', 'fr', 'restart', 'region'],
  ];
  for (const [text, lang, kind, slot] of unsure) {
    it(`when a ${lang} user writes "${text}", then nothing is done yet: the bot asks about ${kind} and keeps the ${slot}`, () => {
      const read = u().understand(text, lang);
      expect(read.intent).to.equal('none');
      expect(read.maybe).to.equal(kind);
      expect(read.slots).to.have.property(slot);
    });
  }
  it('when a why-question is followed by the answer, then it is a question and the answer after the question mark is kept', () => {
    const read = u().understand('why do you ask? i just told you, switch careers', 'en', { pending: 'goal' });
    expect(read).to.include({ intent: 'question', question: 'why' });
    expect(read.slots).to.deep.equal({ goal: 'retrain' });
    expect(u().understand('pourquoi vous avez besoin de savoir mon diplôme ?', 'fr', { pending: 'qualification' }).slots).to.deep.equal({});
    // "vous servez à rien" is a complaint
    expect(u().understand('franchement vous servez à rien', 'fr', { pending: 'qualification' }).intent).to.equal('complaint');
    // Luxembourgish "frot" (asks): a why-question, answered as such, not "I cannot answer"
    expect(u().understand('wisou frot dir mech dat?', 'lb')).to.include({ intent: 'question', question: 'why' });
  });

  // found chatting as jobseekers after the list: "I cannot answer that" to a why-question, the list shown again to
  // questions about where the courses come from (and "sacas" set the goal certify)
  it('when a why-question names what was asked, or a question asks who makes the courses, then its topic is read', () => {
    for (const [text, lang, question] of [
      ['waarom moet je mijn diploma weten eigenlijk?', 'nl', 'why'], ['why do you need to know my diploma?', 'en', 'why'],
      ['y de donde sacas esos cursos? son fiables?', 'es', 'provider'], ['quien hace estos cursos', 'es', 'provider'],
      ['wer macht diese Kurse?', 'de', 'provider'], ["c'est fiable ces formations ?", 'fr', 'provider'],
    ] as const) {
      const read = u().understand(text, lang);
      expect(read, text).to.include({ intent: 'question', question });
      expect(read.slots, text).to.deep.equal({});
    }
  });

  // found chatting as jobseekers: nurses from abroad asking how to get their diploma recognised got the generic help
  // text or "not understood"; "faut avoir le bac pour suivre ces formations ?" set the goal certify and was not answered
  const questionsOnDiplomas: Array<[topic: string, what: string, rows: ReadonlyArray<readonly [string, string]>]> = [
    ['recognition', 'how to get a diploma recognised', [
      ['necesito homologar mi titulo? como se hace?', 'es'], ['how do I get my nursing degree recognised here?', 'en'],
      ['Wie bekomme ich die Anerkennung von meinem Diplom?', 'de'], ['comment faire reconnaître mon diplôme ?', 'fr'],
      ['moet ik mijn diploma laten erkennen?', 'nl'], ['wéi kréien ech eng Unerkennung vu mengem Diplom?', 'lb'],
      ["I have a bachelor's in chemistry from Brazil, is it recognised here?", 'en'], ['mon diplôme marocain est reconnu ici ?', 'fr'],
      // found chatting again: the German question said the other way round, and "au Luxembourg" (a choice the phrase
      // syntax had split)
      ['muss mein Diplom anerkannt werden?', 'de'], ['mon diplôme est reconnu au Luxembourg ?', 'fr'],
    ]],
    // found chatting: "y mientras tanto qué curso puedo hacer?" after a callback got "I cannot answer that"
    ['courses', 'which course one could do', [
      ['y mientras tanto que curso puedo hacer?', 'es'], ['what course can I do in the meantime?', 'en'],
      ['welchen Kurs kann ich machen?', 'de'], ['welke cursus kan ik volgen?', 'nl'], ['wéi ee Cours kann ech maachen?', 'lb'],
    ]],
    ['requirements', 'whether a diploma is needed for the courses', [
      ['faut avoir le bac pour suivre ces formations ?', 'fr'], ['do I need a licence to do these courses?', 'en'],
      ['brauche ich ein Diplom für diese Kurse?', 'de'], ['hace falta el bachillerato para estos cursos?', 'es'],
      ['heb ik een diploma nodig voor die cursussen?', 'nl'], ['brauch ech en Diplom fir déi Coursen?', 'lb'],
    ]],
  ];
  for (const [question, what, rows] of questionsOnDiplomas) {
    it(`when a question asks ${what}, then it is the ${question} question and asks for no certificate`, () => {
      for (const [text, lang] of rows) {
        const read = u().understand(text, lang);
        expect(read, text).to.include({ intent: 'question', question });
        expect(read.slots.goal, text).to.equal(undefined);
      }
    });
  }
  it('when a question asks whether a course certificate is recognised, then it is the certificate question', () => {
    expect(u().understand('is the certificate recognised?', 'en')).to.include({ intent: 'question', question: 'certificate' });
  });

  it('when a question about cost also asks about a certificate, then the certificate words set no goal', () => {
    const read = u().understand('is it free? and do I get a certificate', 'en');
    expect(read.intent).to.equal('question');
    expect(read.slots).to.not.have.property('goal');
  });

  it('when "assistante sociale" answers the interest question, then the job is kept and the bot asks whether a person is wanted', () => {
    const read = u().understand('assistante sociale', 'fr', { pending: 'interest' });
    expect(read).to.include({ intent: 'none', maybe: 'human' });
    expect(read.slots).to.deep.equal({ field: 'K', trade: 'education' });
    expect(u().understand('assistante sociale', 'fr').intent).to.equal('human');
    expect(u().understand('je veux parler à une assistante sociale', 'fr', { pending: 'interest' }).intent).to.equal('human');
  });
  // the request's own words say nothing about the person ("desde el principio" is no goal): these act
  const clear: Array<[string, string, 'restart' | 'erase']> = [
    ['je me suis trompé, on reprend depuis le début', 'fr', 'restart'],
    ['me equivoqué de respuesta, empezamos otra vez desde el principio', 'es', 'restart'],
    ['please delete all my data', 'en', 'erase'],
    ['bitte alle meine Daten löschen', 'de', 'erase'],
  ];
  for (const [text, lang, kind] of clear) {
    it(`when a ${lang} user writes "${text}", then it is ${kind}`, () => {
      expect(u().understand(text, lang).intent).to.equal(kind);
    });
  }
  // a complaint that the bot asks again is one even with the answer given again, which is kept (the README's priority:
  // complaint > slot content); its own words say nothing ("la troisième fois" is no school year); found in the twelfth
  // fresh set's tuning half: the answer hid the complaint, and "for the third time" was read nowhere
  const repeated: Array<[string, string, string | undefined, Record<string, unknown>]> = [
    ['bon je vous répète pour la troisième fois: aucun diplôme', 'fr', 'qualification', { eqfLevel: 0 }],
    ["c'est la quatrième fois que je vous le dis, j'habite à Namur", 'fr', 'region', { region: 'BE-WAL' }],
    ["I've told you three times already, I live in Liège", 'en', 'region', { region: 'BE-WAL' }],
    ['te lo he dicho dos veces, vivo en Lieja', 'es', undefined, { region: 'BE-WAL' }],
    ['zum dritten Mal: ich wohne in Eupen', 'de', 'region', { region: 'BE-WAL' }],
    ['jullie vragen steeds opnieuw hetzelfde', 'nl', undefined, {}],
    ['dat is al de vierde keer dat ik dat typ', 'nl', 'goal', {}],
    ['wéivill mol nach? ech wunnen zu Ettelbréck', 'lb', 'region', { region: 'LU' }],
  ];
  for (const [text, lang, pending, slots] of repeated) {
    it(`when a ${lang} user writes "${text}"${pending ? ` to the ${pending} question` : ''}, then it is a complaint and the answer is kept`, () => {
      const read = u().understand(text, lang, pending ? { pending: pending as never } : {});
      expect(read.intent).to.equal('complaint');
      expect(read.slots).to.deep.include(slots);
      expect(read.slots).to.not.have.property('eqfLevel', 2);
    });
  }
  // messages too long, questions not made for the person: about the bot; a job done twice, a licence failed twice are not
  it('when a user says the messages are too long or the questions are not for them, then it is a complaint', () => {
    for (const [text, lang] of [['your texts are way too long for me', 'en'], ['vos réponses sont trop longues, je lis mal', 'fr'],
      ['demasiado texto, es mucho para leer', 'es'], ['zu viel Text, das les ich nicht', 'de'], ['die berichten zijn te lang', 'nl'],
      ["dat ass net fir Leit wéi ech", 'lb'], ['this is not made for people like me', 'en']]) {
      expect(u().understand(text, lang).intent, text).to.equal('complaint');
    }
    for (const [text, lang, pending] of [['ça fait deux fois que je rate le permis', 'fr', undefined], ["c'est la première fois que je cherche du travail", 'fr', undefined],
      ['I want the same job again', 'en', 'goal'], ['ich bin zweimal durch die Prüfung gefallen', 'de', undefined],
      ['suspendí dos veces el examen de conducir', 'es', undefined]]) {
      expect(u().understand(text as string, lang as string, pending ? { pending: pending as never } : {}).intent, text).to.not.equal('complaint');
    }
  });
});

/** Computer skills that use request words ("reset", "delete data"): skills, not a restart or an erasure (written here). */
describe('Understanding: computer skills said with request words', () => {
  const u = useUnderstanding();
  it('when a person lists what they can do on a computer with "reset" or "delete … data", then it is no restart nor erasure', () => {
    for (const [text, lang] of [['je sais réinitialiser un mot de passe et supprimer les doublons', 'fr'], ['I can reset a router and remove duplicate rows', 'en'],
      ['sé borrar datos repetidos de una tabla', 'es'], ['Handy zurücksetzen und doppelte Einträge löschen, kann ich', 'de'],
      ['ik kan een printer resetten en dubbele gegevens wissen', 'nl'], ['ech kann e Passwuert zerécksetzen', 'lb']]) {
      for (const pending of [undefined, 'digitalSkills'] as const) {
        const intent = u().understand(text, lang, pending ? { pending } : {}).intent;
        expect(intent, `${text} (${pending ?? 'free'})`).to.not.be.oneOf(['restart', 'erase']);
      }
    }
    // the requests themselves still are
    expect(u().understand('effacez mes données', 'fr').intent).to.equal('erase');
    expect(u().understand('bitte alles zurücksetzen', 'de').intent).to.equal('restart');
  });

  it('when a person says they do it all themselves, then their skills are autonomous; not themselves, not', () => {
    for (const [text, lang] of [['les mails et les papiers, je fais tout moi-même', 'fr'], ['emails and forms, I do it all myself', 'en'],
      ['las citas online, lo hago todo yo sola', 'es'], ['Überweisungen mache ich alles selbst', 'de'], ['formulieren doe ik allemaal zelf', 'nl']]) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, text).to.equal('autonomous');
    }
    expect(u().understand('das mache ich nicht selbst, mein Sohn hilft', 'de', { pending: 'digitalSkills' }).slots.digitalSkills).to.not.equal('autonomous');
  });

  it('when a person asks whether a machine answers, or wishes to have a contact person, then it is a request for a person', () => {
    expect(u().understand('schreiwen ech hei mat engem Roboter?', 'lb')).to.include({ intent: 'human', question: 'bot' });
    expect(u().understand('me responde un robot o una persona?', 'es')).to.include({ intent: 'human', question: 'bot' });
    expect(u().understand('ich hätte gerne eine Ansprechpartnerin', 'de').intent).to.equal('human');
    expect(u().understand('ich möchte eine Fachkraft im Lager werden', 'de').intent).to.not.equal('human');
  });

  it('when a person asks whether a program or a computer answers, then the bot question is read, and its words fill no slot', () => {
    expect(u().understand('me estás respondiendo tú, un programa?', 'es')).to.include({ intent: 'human', question: 'bot' });
    const dutch = u().understand('ben ik nu aan het praten met een computer?', 'nl');
    expect(dutch).to.include({ intent: 'human', question: 'bot' });
    expect(dutch.slots).to.not.have.property('equipment');
    expect(u().understand('ass dat do alles automatesch?', 'lb')).to.include({ intent: 'human', question: 'bot' });
    // a computer owned, said beside the question, is still read
    expect(u().understand("j'ai un ordinateur portable, c'est un robot ?", 'fr').slots.equipment).to.equal('computer-and-internet');
  });

  it('when a person says the bot does not understand them or gets it wrong, asks too much or takes too long, then it is a complaint', () => {
    for (const [text, lang] of [['no me estás entendiendo', 'es'], ['je begrijpt me gewoon niet', 'nl'], ['ihr fragt echt zu viel', 'de'],
      ['das dauert alles zu lange', 'de'], ['you keep getting everything wrong', 'en'], ['tu te trompes encore', 'fr'],
      ['Dir versteet mech guer net', 'lb']]) {
      expect(u().understand(text, lang).intent, text).to.equal('complaint');
    }
    expect(u().understand('mi jefe no me entiende', 'es').intent).to.not.equal('complaint');
  });

  // found by a tester: the Dutch and German ones wiped the conversation at once
  it('when a person asks how to delete their profile or account on another site, then nothing is erased; deleting theirs here still is', () => {
    for (const [text, lang] of [['ik wil mijn account op de site van de VDAB verwijderen', 'nl'], ['ich möchte mein Profil bei der Arbeitsagentur löschen', 'de'],
      ["comment supprimer mon profil sur le site du Forem ?", 'fr'], ['I need to delete my profile on LinkedIn', 'en'],
      ['quiero eliminar mi cuenta en la web del paro', 'es'], ['ech wëll mäi Kont op der Säit vun der ADEM läschen', 'lb']]) {
      expect(u().understand(text, lang).intent, text).to.not.equal('erase');
    }
    for (const [text, lang] of [['verwijder mijn profiel', 'nl'], ['löschen Sie mein Profil', 'de'], ['supprimez mon profil', 'fr'], ['delete my profile', 'en']]) {
      expect(u().understand(text, lang).intent, text).to.equal('erase');
    }
  });

  // found by a tester: the language's rating was taken as the computer skill, then the real answer went to the next question
  it('when a person answers the computer question about a language ("my French is not good"), then no skill is read', () => {
    for (const [text, lang] of [['mon français est pas très bon', 'fr'], ['mein Deutsch ist nicht so gut', 'de'], ['mijn Nederlands is niet goed', 'nl'], ['my English is not very good', 'fr']]) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots, text).to.not.have.property('digitalSkills');
    }
    expect(u().understand('pas très bon', 'fr', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
    expect(u().understand("je parle bien français mais l'ordinateur c'est pas très bon", 'fr', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
  });

  it('when a Luxembourgish speaker wants to work in computing ("an der Informatik schaffen"), then it is work in IT, not the basics', () => {
    expect(u().understand('ech wëll an der Informatik schaffen', 'lb').slots).to.include({ goal: 'find-job', field: 'M' });
    expect(u().understand('ech wëll Informatik léieren', 'lb').slots.goal).to.equal('basics');
  });

  // found by a tester: "ich wohne in Trier, arbeite aber vielleicht in Luxemburg" to the topic question was learning Luxembourgish
  it('when a person answers the topic question with where they live or work ("in Luxemburg"), then no language to learn is read', () => {
    for (const [text, lang] of [['ich wohne in Trier, arbeite aber vielleicht in Luxemburg', 'de'], ["j'habite à Arlon et je travaille au Luxembourg", 'fr'], ['I live in Luxembourg', 'en']]) {
      const { slots } = u().understand(text, lang, { pending: 'interest' });
      expect(slots, text).to.not.have.property('interest');
      expect(slots.region, text).to.be.oneOf(['LU', 'BE-WAL']);
    }
    expect(u().understand('Luxemburgisch', 'de', { pending: 'interest' }).slots.interest).to.equal('languages');
  });

  // found by a tester: on a French page the Dutch speaker's job was lost when the chat switched to Dutch
  it('when a person asks for another language and says more in it, then what they say is read in that language', () => {
    const dutch = u().understand('ik spreek geen Frans, ik zoek werk in Brussel als schoonmaker', 'fr');
    expect(dutch.intent).to.equal('language:nl');
    expect(dutch.slots).to.include({ goal: 'find-job', field: 'K', region: 'BE-BRU' }).and.not.have.property('interest');
    const german = u().understand('können wir auf Deutsch weitermachen? ich suche Arbeit als Koch in Eupen', 'fr');
    expect(german.intent).to.equal('language:de');
    expect(german.slots).to.include({ field: 'G', region: 'BE-WAL' }).and.not.have.property('learnLanguages');
  });

  it('when a span of days is said ("du mardi au vendredi", "Dienstag bis Freitag", "monday to thursday"), then every day of it counts', () => {
    for (const [text, lang, hours] of [['du mardi au vendredi, 5h par jour', 'fr', 20], ['Dienstag bis Freitag, je 6 Stunden', 'de', 24],
      ['monday to thursday, 3 hours a day', 'en', 12], ['de lunes a miércoles, 4 horas al día', 'es', 12], ['van maandag tot donderdag, 2 uur per dag', 'nl', 8],
      ['lundi et mardi, 4h par jour', 'fr', 8]] as const) {
      expect(u().understand(text, lang, { pending: 'availability' }).slots.hoursPerWeek, text).to.equal(hours);
    }
  });

  it('when a person asks to start the questionnaire again, asks whether a machine answers, or asks for the choices again, then it is read so', () => {
    expect(u().understand('recommencez les questions svp', 'fr').intent).to.equal('restart');
    expect(u().understand('jparle a un robot ou quoi', 'fr')).to.include({ intent: 'human', question: 'bot' });
    expect(u().understand('can you show me the options again', 'en', { pending: 'goal' }).intent).to.equal('help');
    expect(u().understand('I want to show my kids the options', 'en').intent).to.not.equal('help');
    expect(u().understand('wat fir Optiounen ginn et?', 'lb', { pending: 'goal' }).intent).to.equal('help');
  });

  it('when a person names the Brussels or Flemish public transport company as the employer wanted, then it is the region', () => {
    expect(u().understand('je voudrais être chauffeur de tram à la STIB', 'fr').slots.region).to.equal('BE-BRU');
    expect(u().understand('ik wil buschauffeur worden bij De Lijn', 'nl').slots.region).to.equal('BE-VLG');
  });

  it('when a person says someone sets things up for them or must help them, then they use a computer with help; scripts and routers are advanced', () => {
    for (const [text, lang] of [['my son sets it all up for me', 'en'], ['mon mari doit toujours m\'aider', 'fr'], ['ouni mäi Jong kréien ech do näischt hin', 'lb']] as const) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, text).to.equal('with-help');
    }
    for (const [text, lang] of [['I write Python scripts at work', 'en'], ['ik ben netwerkbeheerder', 'nl']] as const) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, text).to.equal('advanced');
    }
  });

  // found by a tester (second round)
  it('when a person says the bot does not understand what they want, or asks to delete everything kept about them, then it is read so', () => {
    for (const [text, lang] of [['vous ne comprenez pas ce que je demande', 'fr'], ['you are not understanding me', 'en'], ['jij snapt er helemaal niks van', 'nl']] as const) {
      expect(u().understand(text, lang).intent, text).to.equal('complaint');
    }
    expect(u().understand('löscht bitte alles, was ihr von mir gespeichert habt', 'de').intent).to.equal('erase');
  });
});

describe('Understanding.understand: a person asked for in other words', () => {
  const u = useUnderstanding();

  it('when a person asks for a number to call or a phone number of the service, then it is a request for a person; their own number is not', () => {
    for (const [text, lang] of [['vous avez un numéro que je peux appeler ?', 'fr'], ['donnez moi un numéro de téléphone', 'fr'],
      ['is there a number I can ring', 'en'], ['¿hay algún número al que pueda llamar?', 'es'], ['Haben Sie eine Telefonnummer für mich?', 'de'],
      ['Heb je een telefoonnummer voor mij?', 'nl'], ['Hutt dir eng Telefonsnummer?', 'lb']] as const) {
      expect(u().understand(text, lang).intent, text).to.equal('human');
    }
    for (const [text, lang] of [['mon numéro de téléphone c\'est le 0475 12 34 56', 'fr'], ['my phone number is 0470 123 456', 'en'],
      ['tengo un número de teléfono español', 'es'], ['Ich habe keine Telefonnummer in Belgien', 'de'], ['ik heb geen telefoonnummer hier', 'nl'],
      ['ech hunn keng Telefonsnummer', 'lb']] as const) {
      expect(u().understand(text, lang).intent, text).to.equal('none');
    }
  });

  it('when a person wants a human contact, a member of the staff, someone met in person or no machine, then it is a request for a person', () => {
    for (const [text, lang] of [['je voudrais un contact humain svp', 'fr'], ['y a moyen d\'avoir un humain', 'fr'], ['je veux pas parler à une machine', 'fr'],
      ['vous pouvez me passer un collègue à vous ?', 'fr'], ['on peut se voir en vrai ?', 'fr'], ['ça serait plus simple avec quelqu\'un en face', 'fr'],
      ['je voudrais m\'adresser à une personne', 'fr'], ['est-ce que je pourrais être reçue par quelqu\'un', 'fr'],
      ['could I talk to a member of your team', 'en'], ['I\'d rather deal with a person', 'en'], ['put me in touch with someone please', 'en'],
      ['is there anyone I could phone', 'en'], ['I prefer talking to people not machines', 'en'], ['who should I speak to about this', 'en'],
      ['necesito que alguien me explique en persona', 'es'], ['¿me atiende alguien?', 'es'], ['Ich hätte gern einen persönlichen Termin', 'de'],
      ['Kann ech mat engem vun iech schwätzen?', 'lb'], ['Gëtt et een deen ech uruffe kann?', 'lb']] as const) {
      expect(u().understand(text, lang).intent, text).to.equal('human');
    }
    // human contact in a job, people preferred to machines at work, a meeting had: no request
    for (const [text, lang] of [['j\'aime le contact humain, je voudrais travailler dans l\'aide à la personne', 'fr'],
      ['j\'ai été reçue par une conseillère du Forem la semaine dernière', 'fr'], ['I enjoy working with people not machines, maybe care work', 'en'],
      ['I\'d like a job where I deal with people', 'en'], ['ich hatte ein persönliches Gespräch mit dem Jobcenter', 'de'],
      ['me gusta atender a la gente en persona', 'es']] as const) {
      expect(u().understand(text, lang).intent, text).to.not.equal('human');
    }
  });

  it('when a German speaker asks whether they are writing with a person or a computer, then it is the bot question', () => {
    expect(u().understand('Bin ich hier mit einem Bot?', 'de')).to.include({ intent: 'human', question: 'bot' });
    expect(u().understand('chatte ich gerade mit einem Programm oder einer Person?', 'de')).to.include({ intent: 'human', question: 'bot' });
    expect(u().understand('ich schreibe mit einem Computer Rechnungen', 'de').intent).to.not.equal('human');
  });
});

describe('Understanding.understand: what a word of the question means, questions said too hard, a language asked for someone else', () => {
  const u = useUnderstanding();

  it('when a person asks what is meant by a word of the question, then it is help', () => {
    for (const [text, lang, pending] of [['Was ist mit Stufe gemeint?', 'de', 'qualification'], ['wat bedoelen jullie met niveau?', 'nl', 'qualification'],
      ['vous entendez quoi par niveau ?', 'fr', 'qualification'], ['¿a qué se refieren con nivel EQF?', 'es', 'qualification'],
      ['Was für Zeugnisse soll ich da angeben?', 'de', 'qualification'], ['hours of what? a course or a job? confused', 'en', 'availability']] as const) {
      expect(u().understand(text, lang, { pending }).intent, text).to.equal('help');
    }
  });

  it('when a person says the questions are too hard or too long, or the chat too slow, then it is a complaint', () => {
    for (const [text, lang] of [['c\'est long vos questions', 'fr'], ['vos questions sont trop compliquées', 'fr'], ['esto va lentísimo', 'es'],
      ['las preguntas son muy difíciles', 'es'], ['die vragen zijn veel te moeilijk', 'nl'], ['die Fragen sind viel zu schwer', 'de'],
      ['your questions are way too hard', 'en'], ['this is getting ridiculous', 'en']] as const) {
      expect(u().understand(text, lang).intent, text).to.equal('complaint');
    }
    expect(u().understand('the questions in job interviews are hard for me', 'en').intent).to.not.equal('complaint');
  });

  it('when a person asks why the bot keeps asking what they already said, then it is a complaint; why it asks, a question', () => {
    expect(u().understand('why do you keep asking, I told you already', 'en').intent).to.equal('complaint');
    expect(u().understand('why do you ask that again, I already answered', 'en').intent).to.equal('complaint');
    expect(u().understand('why do you ask?', 'en')).to.include({ intent: 'question', question: 'why' });
    expect(u().understand('do you keep my data?', 'en')).to.include({ intent: 'question', question: 'data' });
  });

  it('when a person asks for another language for someone who does not understand this one, or in a question beside other languages, then it is a switch', () => {
    for (const [text, lang, language] of [['Kënne mir op Däitsch schreiwen? Mäi Papp versteet keen Franséisch', 'lb', 'de'],
      ['Mi madre prefiere que le escriban en francés, ¿se puede cambiar?', 'es', 'fr'], ['she\'d rather you wrote to her in French, can you change?', 'en', 'fr'],
      ['¿podemos hacerlo en inglés? vivo en Lieja y lo hablo mejor que el francés', 'es', 'en']] as const) {
      expect(u().understand(text, lang).intent, text).to.equal(`language:${language}`);
    }
    expect(u().understand('hablo inglés, francés y un poco de alemán', 'es').intent).to.equal('none');
  });
});

describe('Understanding.understand: computer skills said of the person someone types for', () => {
  const u = useUnderstanding();

  it('when someone else helps the person with the computer, then they use it with help', () => {
    for (const [text, lang] of [['c\'est sa sœur qui l\'aide pour internet', 'fr'], ['her daughter helps her with emails', 'en'],
      ['sein Enkel hilft ihm bei den E-Mails', 'de'], ['haar zoon helpt haar met de computer', 'nl'], ['säi Jong hëlleft him mam Computer', 'lb']] as const) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, text).to.equal('with-help');
    }
  });

  it('when the person helps the whole family or fixes computers, then they are advanced; when they manage alone, autonomous', () => {
    for (const [text, lang] of [['c\'est lui qui dépanne toute la famille avec les ordis', 'fr'], ['he fixes everyone\'s computers in the family', 'en'],
      ['er hilft der ganzen Familie mit dem Computer', 'de'], ['zij helpt iedereen met hun computer', 'nl'], ['hien hëlleft der ganzer Famill mam Computer', 'lb'],
      ['ayuda a toda la familia con el ordenador', 'es']] as const) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, text).to.equal('advanced');
    }
    for (const [text, lang] of [['mi hermano se maneja solo con el ordenador', 'es'], ['she does everything on her own, no help needed', 'en']] as const) {
      expect(u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills, text).to.equal('autonomous');
    }
    expect(u().understand('my son helps me with emails', 'en', { pending: 'digitalSkills' }).slots.digitalSkills).to.equal('with-help');
  });
});
