/**
 * Boilerplate recognised by its wording. One vocabulary for both the HTML path and the text-dump path.
 *
 * - `block`: a short block (see MAX_PHRASE_BLOCK_CHARS in compile.ts) that matches is dropped wherever it is.
 * - `tail`: the block opens a trailing section that is never article text (a comment form, a "related
 *   posts" list); it and everything after it go, but only once the article text has begun.
 *
 * Patterns are regular-expression sources matched case-insensitively against a block's text with
 * whitespace folded. They must stay linear-time: no nested quantifiers, bounded repeats only
 * (tests/rules/phrases.test.ts runs each one against a long adversarial line).
 */
export interface PhraseRule {
  /** Shows up in `--explain` as `phrase:<id>`. */
  id: string;
  scope: 'block' | 'tail';
  /** Languages the pattern covers (ISO 639-1), for the docs and the coverage test. */
  langs: readonly string[];
  pattern: string;
  /** Why this wording marks boilerplate. */
  why: string;
}

export const BOILERPLATE_PHRASES: readonly PhraseRule[] = [
  // --- Comment sections: they start a tail that runs to the end of the page. -------------------------
  {
    id: 'comment-form',
    scope: 'tail',
    langs: ['en'],
    pattern:
      '^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|write a comment|join the (?:discussion|conversation)|\\d{1,5} (?:comments?|responses?|replies)|comments? \\(\\d{1,5}\\)|(?:show|view|load) (?:all )?comments|comments are closed)\\b',
    why: 'WordPress, Blogger and news-site comment sections begin with these headings; nothing after them is the article.',
  },
  {
    id: 'comment-form',
    scope: 'tail',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru'],
    pattern:
      '^(?:kommentar (?:schreiben|verfassen|hinterlassen)|schreibe einen kommentar|\\d{1,5} kommentare|laisser un commentaire|laissez un commentaire|ajouter un commentaire|\\d{1,5} commentaires|deja (?:un|tu) comentario|dejar un comentario|\\d{1,5} comentarios|lascia un commento|\\d{1,5} commenti|deixe (?:um|seu) comentário|deixe uma resposta|\\d{1,5} comentários|laat een reactie achter|geef een reactie|\\d{1,5} reacties|dodaj komentarz|zostaw komentarz|\\d{1,5} komentarz[ey]?|оставить комментарий|добавить комментарий|комментарии \\(\\d{1,5}\\))',
    why: 'The same comment-section openers in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian.',
  },
  {
    id: 'comment-form',
    scope: 'block',
    langs: ['en'],
    pattern:
      '(?:fill in your details below or click an icon to log in|you are commenting using your (?:[\\w.+ ]{1,40} )?account|connecting to %s|notify me of (?:new|follow-up) (?:comments|posts)|your email address will not be published|required fields are marked|save my name, email,? and website)',
    why: 'WordPress and WordPress.com comment-form furniture.',
  },
  {
    id: 'comment-form',
    scope: 'block',
    langs: ['en'],
    pattern: '^(?:please enable javascript to view the comments|comments powered by disqus)',
    why: 'Disqus placeholder text.',
  },
  {
    id: 'spam-notice',
    scope: 'block',
    langs: ['en'],
    pattern: 'this site uses akismet to reduce spam',
    why: 'The Akismet notice under WordPress comment forms.',
  },
  // --- Sharing. ----------------------------------------------------------------------------------------
  {
    id: 'share',
    scope: 'block',
    langs: ['en'],
    pattern:
      '^(?:share this(?: article| story| post)?|share on (?:facebook|twitter|linkedin|whatsapp|x)|like this|loading\\.{3}|click to share on [\\w ]{1,30}|tweet|pin it|email this)\\s?:?$',
    why: 'Share bars and the WordPress.com "Share this: / Like this: Loading..." widget.',
  },
  {
    id: 'share',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '^(?:teilen|artikel teilen|diesen artikel teilen|partager(?: cet article| sur \\w{1,20})?|compartir(?: en \\w{1,20})?|condividi(?: su \\w{1,20})?|compartilhe|compartilhar|delen|deel dit artikel)\\s?:?$',
    why: 'Share prompts in German, French, Spanish, Italian, Portuguese and Dutch.',
  },
  // --- Newsletter and donation pleas. ------------------------------------------------------------------
  {
    id: 'newsletter',
    scope: 'block',
    langs: ['en'],
    pattern:
      "(?:sign up for (?:our|the) [\\w' ]{0,40}newsletter|subscribe to (?:our|the) [\\w' ]{0,40}newsletter|get (?:our|the) [\\w' ]{0,30}newsletter|enter your email address to (?:subscribe|follow)|delivered (?:straight )?to your inbox|join our mailing list)",
    why: 'Newsletter calls-to-action, the boilerplate users complain about most (jusText #54).',
  },
  {
    id: 'newsletter',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '(?:newsletter (?:abonnieren|bestellen)|melden sie sich für unseren newsletter|abonnez-vous à (?:notre|la) newsletter|inscrivez-vous à (?:notre|la) newsletter|suscríbete a (?:nuestro|nuestra) (?:boletín|newsletter)|iscriviti alla (?:nostra )?newsletter|assine (?:a nossa|nossa) newsletter|schrijf je in voor (?:onze|de) nieuwsbrief)',
    why: 'Newsletter pleas in German, French, Spanish, Italian, Portuguese and Dutch.',
  },
  {
    id: 'donation',
    scope: 'block',
    langs: ['en'],
    pattern:
      '(?:please (?:consider )?(?:donat(?:e|ing)|support(?:ing)? (?:us|our work))|make a (?:donation|contribution)|become a (?:patron|member|supporter) (?:today|now)|support independent journalism)',
    why: 'Donation and membership pleas.',
  },
  // --- Cookie and consent notices. ---------------------------------------------------------------------
  {
    id: 'cookie-notice',
    scope: 'block',
    langs: ['en'],
    pattern:
      '(?:(?:this|our) (?:web)?site uses cookies|we use cookies|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site,? you (?:agree|consent|accept)|accept (?:all )?cookies|cookie (?:policy|settings|preferences))',
    why: 'Cookie banners and consent walls.',
  },
  {
    id: 'cookie-notice',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '(?:diese (?:website|webseite|seite) verwendet cookies|wir verwenden cookies|ce site utilise des cookies|nous utilisons des cookies|este (?:sitio|site) (?:web )?utiliza cookies|utilizamos cookies|questo sito (?:web )?utilizza (?:i )?cookie|usamos cookies|deze (?:web)?site (?:maakt gebruik van|gebruikt) cookies)',
    why: 'Cookie banners in German, French, Spanish, Italian, Portuguese and Dutch.',
  },
  // --- Login and paywalls. -----------------------------------------------------------------------------
  {
    id: 'login-wall',
    scope: 'block',
    langs: ['en'],
    pattern:
      '^(?:sign in|log in|login|register|subscribe)(?: (?:to|now to) (?:continue|read|comment|keep reading)[\\w ]{0,40})?\\.?$|(?:already (?:a subscriber|have an account)\\??\\s?(?:sign|log) in|create (?:a free|an) account to (?:continue|read)|to continue reading,? (?:please )?(?:sign|log) in|subscribe to (?:continue|keep) reading)',
    why: 'Login prompts and paywall teasers.',
  },
  {
    id: 'login-wall',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it'],
    pattern: "^(?:anmelden|einloggen|registrieren|se connecter|connexion|s'inscrire|iniciar sesión|regístrate|accedi|registrati)$",
    why: 'Login links in German, French, Spanish and Italian.',
  },
  // --- Ads and navigation furniture. -------------------------------------------------------------------
  {
    id: 'advertisement',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'nl'],
    pattern:
      '^[-–—]? ?(?:advertisement|advertising|sponsored(?: content)?|ad|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|reklama) ?[-–—:]?$',
    why: 'Ad slot labels, bare or set off by dashes or a colon ("- Anzeige -", "Advertisement:"); Polish "Reklama".',
  },
  {
    id: 'feedback',
    scope: 'block',
    langs: ['en', 'de'],
    pattern:
      '^(?:was this (?:article|page|post) (?:helpful|useful)\\??|war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)\\??|(?:möchten sie|jetzt) (?:den|diesen) (?:artikel|beitrag) teilen\\??|print recipe|rezept drucken)$',
    why: 'Feedback and print widgets under an article or a recipe ("War der Artikel nützlich?", "Rezept drucken").',
  },
  {
    id: 'read-more',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it'],
    pattern:
      '^(?:read more|continue reading|read the full (?:story|article)|weiterlesen|mehr lesen|lire la suite|lire plus|leer más|seguir leyendo|leggi (?:tutto|di più|anche))\\b.{0,80}$',
    why: 'Teaser links to other pages.',
  },
  {
    id: 'related',
    scope: 'tail',
    langs: ['en'],
    pattern:
      '^(?:related (?:posts|articles|stories|content|coverage)|you (?:may|might) also (?:like|be interested in|enjoy)|more (?:from|on) [\\w ]{1,30}|recommended (?:for you|stories|articles)|trending (?:now|stories)|most (?:popular|read))\\s?:?$',
    why: 'Related-content lists follow the article; what comes after them is other pages.',
  },
  {
    id: 'related',
    scope: 'tail',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '^(?:ähnliche artikel|das könnte sie auch interessieren|mehr zum thema|articles similaires|à lire aussi|sur le même sujet|artículos relacionados|te puede interesar|articoli correlati|potrebbe interessarti|artigos relacionados|leia também|gerelateerde artikelen|lees ook|neueste (?:artikel|beiträge)|zum weiterlesen|mehr zu [^\\s.!?]+(?: [^\\s.!?]+){0,3}|weitere themen|empfohlene beiträge|weitere beiträge(?: aus der kolumne| zum thema| aus dieser rubrik)?|lesen sie auch die folgenden beiträge|schon gelesen\\?|más sobre [^.!?]{1,40}|audios et vidéos sur le sujet)\\s?:?$',
    why: 'Related-content headings in German, French, Spanish, Italian, Portuguese and Dutch ("Mehr zu Klima und Konsum": a topic, not a sentence).',
  },
  {
    id: 'copyright',
    scope: 'block',
    langs: ['en'],
    pattern: '^(?:©|\\(c\\)|copyright)\\s?(?:\\d{4}|[\\w.& ]{1,60}\\d{4}).{0,200}$|all rights reserved\\.?$',
    why: 'Copyright footers.',
  },
  {
    id: 'poll',
    scope: 'block',
    langs: ['en'],
    pattern: '^(?:vote|view results|poll|take our poll|cast your vote)\\s?:?$',
    why: 'Reader-poll widgets.',
  },
  // --- Entries found while tuning the HTML path (issue 3) go here. ------------------------------------
  {
    id: 'related',
    scope: 'block',
    langs: ['en'],
    pattern:
      "^(?:don'?t miss|more|more stories|read also|also read|see also|related news|related coverage[\\w ,:]{0,60}|related|trending news|explore further|topics|editor'?s picks|top stories|latest news|most viewed|you may also like|recommended(?: reading)?)\\s?[:.…]{0,3}$",
    why: 'Labels of related-link boxes that sit inside article markup between paragraphs; the box itself is usually links, but its label is not.',
  },
  {
    id: 'caption-credit',
    scope: 'block',
    langs: ['en'],
    pattern:
      '(?:\\((?:image|photo|picture|pic|credit|foto)s?:? [^)]{1,80}\\)|getty(?: images)?(?:/[\\w ]{1,30}){0,3}|associated press|\\bap photo/[^)]{1,60}\\)?|shutterstock|istock(?:photo)?|reuters|afp|credit: ?[^.]{1,60}|(?:photos?|images?|pictures?) ©[^.]{1,60})\\s?$|^©\\s?[\\w .,&|/-]{1,80}$|^image caption ',
    why: 'Image captions and photo credits ("... (Image: GETTY)", "Kathrin Ziegler/Getty", "...Credit: EPA", "© Amazon", the "Image caption" label screen readers get) left in the article when the figure markup does not say it is a caption; prose never ends on an agency name without a full stop.',
  },
  {
    id: 'dateline-stamp',
    scope: 'block',
    langs: ['en'],
    pattern:
      "^(?:[\\w.' ]{1,40} / )?(?:last updated|updated|published|posted(?: on)?)\\s?:?\\s(?:on |at )?.{0,60}\\d.{0,40}$|^by [^.]{2,60} [—–|-] .{0,40}\\d{4}$",
    why: 'Publication and update stamps ("Updated 5:27 am CST, ...", "by Jane Doe — November 18, 2019") repeat metadata the article has in its own fields.',
  },
  {
    id: 'dateline-stamp',
    scope: 'block',
    langs: ['en', 'pt', 'de', 'es'],
    pattern:
      '^(?:\\d{1,3} min(?:ute)?s? read|reading time:? .{1,20}|tempo de leitura:? .{1,20}|lesezeit:? .{1,20}|tiempo de lectura:? .{1,20})$',
    why: 'Reading-time badges.',
  },
  {
    id: 'advertisement',
    scope: 'block',
    langs: ['en', 'id', 'ms'],
    pattern: '^(?:advert|adverts|iklan|paid content|partner content)$',
    why: 'More ad-slot labels: British "Advert", Indonesian and Malay "Iklan".',
  },
  {
    id: 'licensing',
    scope: 'block',
    langs: ['en'],
    pattern: '^reuse this content$',
    why: 'Licensing links under the article (tag and category lines are the `tags` tail rule).',
  },
  {
    id: 'author-contact',
    scope: 'block',
    langs: ['en'],
    pattern:
      "(?:(?:may|can) be reached at [\\w.+-]{1,40}@|follow (?:him|her|them|us|me) on (?:twitter|facebook|instagram))|^follow \\w{1,20}'s full coverage",
    why: 'Reporter contact blurbs and "follow us" lines closing news articles.',
  },
  {
    id: 'newsletter',
    scope: 'block',
    langs: ['en'],
    pattern:
      "(?:(?:right|straight|directly) (?:in|to) your inbox|subscribe to [\\w.’' ]{1,40}newsletters?|^if you (?:enjoyed|liked|value) this (?:article|story|post)\\b.{0,40}(?:join|subscribe|support))",
    why: 'Newsletter and membership pleas worded differently from the generic entries above.',
  },
  {
    id: 'script-placeholder',
    scope: 'block',
    langs: ['en'],
    pattern:
      '(?:requires javascript|please enable javascript|javascript is (?:disabled|required))|^\\[\\w{1,20}[ \\]].{0,200}\\[/\\w{1,20}\\]$',
    why: 'Text that stands in for a widget that did not run: "This slideshow requires JavaScript.", unexpanded WordPress shortcodes.',
  },
  {
    id: 'comment-form',
    scope: 'tail',
    langs: ['en'],
    pattern: '^(?:comments|tell us what you think|what do you think)\\s?[?.…!]{0,3}$',
    why: 'Bare comment-section headings.',
  },
  {
    id: 'comment-form',
    scope: 'block',
    langs: ['en', 'pt', 'es'],
    pattern: '(?:comments|comentários|comentarios) .{0,80}(?:moderator|moderated|moderation|moderador|moderação)',
    why: 'Comment moderation notices.',
  },
  // --- Entries found while tuning the text-dump path (issue 5) go here. -------------------------------
  {
    id: 'comment-form',
    scope: 'tail',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '^(?:schreibe einen kommentar|antworten abbrechen|laisser un commentaire|annuler la réponse|deja una respuesta|cancelar respuesta|lascia un commento|annulla risposta|deixe um comentário|cancelar resposta|geef een reactie|reactie annuleren)\\b',
    why: 'The WordPress comment-form heading ("Leave a Reply / Cancel reply") as the translated themes print it.',
  },
  {
    id: 'comment-form',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '(?:deine e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind mit|votre adresse e-mail ne sera pas publiée|les champs obligatoires sont indiqués|tu dirección de correo electrónico no será publicada|los campos obligatorios están marcados|il tuo indirizzo email non sarà pubblicato|i campi obbligatori sono contrassegnati|o seu endereço de e-mail não será publicado|campos obrigatórios são marcados|je e-mailadres wordt niet gepubliceerd|vereiste velden zijn gemarkeerd)',
    why: 'WordPress comment-form notices in German, French, Spanish, Italian, Portuguese and Dutch.',
  },
  {
    id: 'comment-form',
    scope: 'tail',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt'],
    pattern:
      '^(?:post a comment|no comments:|subscribe to: post comments|kommentar veröffentlichen|keine kommentare:|enregistrer un commentaire|aucun commentaire:|publicar un comentario|no hay comentarios:|posta un commento|nessun commento:|postar um comentário|nenhum comentário:)',
    why: 'Blogger comment sections ("Post a Comment", "No comments:", "Subscribe to: Post Comments (Atom)").',
  },
  {
    id: 'blog-navigation',
    scope: 'tail',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt'],
    pattern:
      '^(?:newer post|older post|neuerer post|älterer post|article plus récent|article plus ancien|entrada más reciente|entrada antigua|post più recente|post più vecchio|postagem mais recente|postagem mais antiga)\\b',
    why: 'Blogger post navigation ("Newer Post Older Post Home") closes the post.',
  },
  {
    id: 'byline',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt'],
    pattern:
      "^(?:posted by|eingestellt von|publié par|publicado por|pubblicato da|postado por)\\s[\\p{L}.'’ -]{2,60}\\s(?:at|um|à|a las|en|alle|às)\\s\\d{1,2}[:.h]\\d{2}",
    why: 'The Blogger post footer ("Posted by Anna at 10:15 AM").',
  },
  {
    id: 'share',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      "^(?:teilen mit|gefällt mir|lädt|partager|j’aime|j'aime|chargement|compartir esto|me gusta esto|cargando|condividi|mi piace|caricamento|compartilhe isso|curtir isso|carregando|delen|vind ik leuk|laden)\\s?(?::|…|\\.{3})?$",
    why: 'The WordPress.com "Share this: / Like this: / Loading..." widget as its translations print it.',
  },
  {
    id: 'poll',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt'],
    pattern:
      '^(?:abstimmen|ergebnisse anzeigen|umfrage|voter|voir les résultats|sondage|votar|ver resultados|encuesta|vota|vedi risultati|sondaggio|enquete)\\s?:?$',
    why: 'Reader-poll buttons and headings in German, French, Spanish, Italian and Portuguese.',
  },
  {
    id: 'copyright',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden)\\.?$',
    why: 'Copyright footers in German, French, Spanish, Italian, Portuguese and Dutch.',
  },
  {
    id: 'share',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '^(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|flipboard|tumblr|messenger|pocket|buffer|google\\+|blogger|stumbleupon|vk|e-?mail|print|copy link|share|shares|\\d{1,7} shares?|share (?:this )?(?:on|via) [\\w ]{1,30}|drucken|imprimer|imprimir|stampa|afdrukken|teilen|partager|compartir|condividi|delen)$',
    why: 'A text dump keeps each button of a share bar as its own line: the network names alone, "Print", "258 Shares".',
  },
  {
    id: 'follow',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt'],
    pattern:
      '^(?:follow (?:us|me)(?: on [\\w ]{1,40})?|folgen sie uns(?: auf [\\w ]{1,40})?|suivez-nous(?: sur [\\w ]{1,40})?|síguenos(?: en [\\w ]{1,40})?|seguici(?: su [\\w ]{1,40})?|siga-nos(?: no [\\w ]{1,40})?)\\s?:?$',
    why: 'Social follow prompts next to share bars.',
  },
  {
    id: 'image-credit',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '(?:^|\\()(?:photo|image|picture|foto|bild|titelbild|titelfoto|beitragsbild|aufmacherbild|imagen|immagine|crédit photo|photo credit|image credit|fotocredit)s?\\s?:|credits?\\s?:\\s?[^:.!?]{1,60}$|\\((?:ap|afp|reuters|getty images|epa|dpa|ansa|efe|pa)(?: photo| images| wire)?\\s?[/,]|\\((?:ap|afp|reuters|epa|dpa|pa) (?:photo|images)\\)',
    // "(AP)" and "(Reuters)" alone are wire datelines opening the lead paragraph ("SANTA FE, N.M. (AP) — ..."),
    // not credits; only "(AP Photo)", "(AP Photo/...)" and the like are.
    why: 'Photo captions end in a credit ("(AP Photo/…)", "Credit: Getty", "(Image: © NASA)"); a text dump loses the figure, so the caption line is furniture.',
  },
  {
    id: 'caption-credit',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'pt'],
    pattern:
      '(?:\\((?:quelle|foto|fotos|bild|crédito|crédit|credito|fuente|fonte|source)\\s?:\\s?[^()/]{1,60}/[^()]{1,60}\\)|\\b(?:bild|foto|quelle)\\s?:\\s?[^\\s/]{1,40}/[^\\s]{1,60}|\\s©\\s?[\\p{L}\\d .&|-]{1,40}|\\([^()/]{1,40}/\\s?(?:istock|shutterstock|unsplash|pixabay|adobe ?stock|getty ?images|picture[- ]alliance|imago)[\\w.]{0,10}\\))$|^©\\s?[\\p{L}\\d .,&|/-]{1,80}$|^photograph(?:s|y)? by [^.]{1,80}$',
    why: 'A caption that ends in its photo credit ("... (Quelle: Hume/Unsplash/DJV)", "... Bild: TebNad/Shutterstock.com", "... © Pferderevue", "(mlharing / iStock.com)") or a bare credit line ("© Bundesrat | Frank Bräuer", "Photograph by ..."); a source cited in prose has no photographer/agency slash.',
  },
  {
    id: 'related',
    scope: 'block',
    langs: ['de'],
    pattern: '^(?:mehr (?:kolumnen|artikel|beiträge|zum thema) (?:auf|bei) [^\\s!?]{1,40}|auch auf [\\w.-]{1,40}\\.[a-z]{2,6})\\s?:?$',
    why: 'Labels of a box of the site\'s other pages ("Mehr Kolumnen auf MeinMMO", "Auch auf gofeminin.de"); what follows the label may be the article\'s own links, so only the label goes.',
  },
  {
    id: 'rating',
    scope: 'block',
    langs: ['en', 'de'],
    pattern:
      '^(?:\\(?(?:noch )?keine bewertungen\\)?|\\(?no ratings yet\\)?|(?:aufrufe|views|hits)\\s?:\\s?[\\d.,]{1,12}\\s?\\|.{0,200}|kommentare insgesamt\\s?:\\s?\\d{1,6})$',
    why: 'Rating widgets and view counters of blog engines ("(Noch keine Bewertungen)", "Aufrufe: 1120 | Hinzugefügt von: ...", "Kommentare insgesamt: 0").',
  },
  {
    id: 'read-more',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt'],
    pattern: '^(?:read now|read more|more|mehr|weiterlesen|lire|leer|leggi|ler mais|leia mais)\\s?(?:»|›|>>|→)?$',
    why: 'A lone teaser-link label under a headline.',
  },
  {
    id: 'gallery',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt'],
    pattern:
      '^(?:caption|hide caption|toggle caption|buy photo|enlarge this image|full ?screen|view gallery|\\d{1,3} (?:of|von|de|di|sur) \\d{1,3}|bildergalerie|galerie|galería|galleria|galeria)$',
    why: 'Photo-gallery and slideshow controls ("1 of 12", "Full Screen", "Buy Photo") left as lines once the images are gone.',
  },
  {
    id: 'poll',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt'],
    pattern:
      '\\(\\d{1,3}(?:[.,]\\d{1,2})?\\s?%,?\\s[\\d.,]{1,12}\\s(?:votes?|stimmen|votos?|voti)\\)$|^(?:total voters?|total votes|stimmen insgesamt|votos totales|voti totali)\\s?:?\\s?[\\d.,]{1,12}$',
    why: 'Poll results: each answer with its share and vote count, and the total.',
  },
  {
    id: 'newsletter',
    scope: 'block',
    langs: ['en'],
    pattern:
      '(?:^sign up for (?:our |free |e-?mail )?newsletters?|no spam,? we promise|(?:you can )?unsubscribe at any time|^get (?:breaking|the latest) [\\w ]{1,40}(?:in|to) your inbox)',
    why: 'Newsletter sign-up boxes as they read once the form fields are gone.',
  },
  {
    id: 'newsletter',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'],
    pattern:
      '(?:^newsletter abonnieren|jetzt (?:kostenlos )?(?:anmelden|abonnieren)$|^inscrivez-vous|^recevoir (?:la|notre|nos) newsletters?|désinscri(?:re|vez-vous) à tout moment|^suscríbete|^iscriviti|^inscreva-se|^abonneer je|^zapisz się do newslettera)',
    why: 'Newsletter sign-up prompts in German, French, Spanish, Italian, Portuguese, Dutch and Polish.',
  },
  {
    id: 'donation',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt'],
    pattern:
      '(?:unterstützen sie (?:uns|unsere arbeit|unabhängigen journalismus)|jetzt spenden|faites un don|soutenez-nous|haz una donación|apóyanos|fai una donazione|sostienici|faça uma doação|apoie o nosso)',
    why: 'Donation and support pleas in German, French, Spanish, Italian and Portuguese.',
  },
  {
    id: 'cookie-notice',
    scope: 'block',
    langs: ['en'],
    pattern:
      "(?:we'll assume you're ok with this|you can opt-out if you wish|privacy (?:&|and) cookies? policy|manage (?:cookie|privacy) (?:settings|preferences))",
    why: 'Cookie-consent wording of the common WordPress and CMP banners.',
  },
  {
    id: 'login-wall',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt'],
    pattern:
      '(?:sign in to (?:continue|read|keep) reading|log in to (?:continue|read)|(?:sign up|register) for a free [\\w ]{0,40}account|(?:log|sign) in with your [\\w ]{1,40} account|subscribe to (?:read|unlock) (?:this|the full)|this (?:article|content) is (?:for|only available to) (?:subscribers|members)|zum weiterlesen (?:anmelden|einloggen)|connectez-vous pour (?:lire|continuer)|inicia sesión para (?:leer|continuar)|accedi per (?:leggere|continuare)|faça login para (?:ler|continuar))',
    why: 'Login and paywall walls in the middle of a truncated article.',
  },
  {
    id: 'byline',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      "^(?:by|von|par|por|di|door|written by|posted by|publié par|escrito por)\\s[\\p{L}.'’-]{1,25}(?:\\s[\\p{L}.'’-]{1,25}){0,3}(?:,\\s?[\\p{L}'’ -]{2,40})?$",
    why: 'A byline line ("By Brigit Katz", "Par Jean Dupont, Le Monde"): a name of at most four words, header furniture, not article text.',
  },
  {
    id: 'read-more',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '^(?:related|see also|read also|also read|read next|more|watch|listen|siehe auch|lesen sie auch|mehr dazu|voir aussi|lire aussi|ver también|lee también|vedi anche|veja também|lees ook)(?: (?:article|story|coverage|reading|content))?\\s?:\\s?\\S.{0,200}$',
    why: 'Inline links to other stories ("Related: …", "READ MORE: …", "Lesen Sie auch: …") standing between paragraphs.',
  },
  {
    id: 'related',
    scope: 'tail',
    langs: ['en'],
    pattern:
      '^(?:related|most (?:read|popular|viewed|shared|commented)(?: in [\\w ]{1,30})?|we recommend|recommended(?: for you)?|read (?:these )?next|up next|more (?:stories|news|articles|videos)|latest (?:news|stories|articles|posts)|popular (?:posts|stories|articles)|recent posts|top stories|(?:previous|next|older|newer) (?:article|post|story|entry)|post navigation)\\b.{0,60}$',
    why: 'Headings of the teaser lists and post navigation that follow an article.',
  },
  {
    id: 'related',
    scope: 'tail',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru'],
    pattern:
      '^(?:meistgelesen|weitere artikel|das könnte sie auch interessieren|les plus lus|à lire également|articles récents|lo más leído|noticias relacionadas|más noticias|i più letti|ultime notizie|mais lidas|notícias relacionadas|meest gelezen|meer nieuws|najczęściej czytane|czytaj także|читайте также|популярное)\\b.{0,60}$',
    why: 'Teaser-list headings in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian.',
  },
  {
    id: 'related',
    scope: 'tail',
    langs: ['ja', 'zh', 'ko'],
    pattern:
      '^(?:関連記事|関連エントリー|おすすめ記事|人気記事|相關文章|相关文章|相關閱讀|相关阅读|推薦閱讀|推荐阅读|관련 기사|관련기사|많이 본 뉴스)\\s?[:：]?$',
    why: 'Related-post headings of Japanese, Chinese and Korean blogs and news sites (no \\b: it does not work after CJK).',
  },
  {
    id: 'advertisement',
    scope: 'block',
    langs: ['ja', 'zh', 'ko'],
    pattern: '^(?:スポンサードリンク|スポンサーリンク|広告|广告|廣告|贊助商連結|광고)$',
    why: 'Ad slot labels in Japanese, Chinese and Korean.',
  },
  {
    id: 'author-bio',
    scope: 'tail',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru'],
    pattern:
      "^(?:about the authors?|about (?!(?:this|the|these|that|our|your|us|my|its)\\s)[\\p{L}.'’-]{2,20} [\\p{L}.'’-]{2,20}|über (?:den autor|die autorin)|à propos de l'auteur|sobre el autor|sobre (?:o autor|a autora)|sull'autore|over de auteur|o autorze|об авторе)\\s?:?$",
    why: 'The author box after an article ("About Brigit Katz", then a biography); "About this game", "About the expert" head a section of the page itself.',
  },
  {
    id: 'tags',
    scope: 'tail',
    langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'zh', 'ko'],
    pattern:
      '^(?:tags?|tagged(?: with)?|topics|filed under|posted in|categories|schlagwörter|themen|étiquettes|mots-clés|etiquetas|temas|argomenti|onderwerpen|タグ|カテゴリー|标签|標籤|分类|分類|태그)\\s?[:：]',
    why: 'Tag and category lists close an article; what follows is navigation.',
  },
  {
    id: 'comment-form',
    scope: 'tail',
    langs: ['en', 'de', 'fr', 'es'],
    pattern:
      '^(?:(?:comments?|kommentare|commentaires|comentarios|reacties)\\s?(?:\\(\\d{1,5}\\))?\\s?:?$|(?:tell us what you think|share your thoughts|have your say|what do you think\\?|no comments(?: yet)?|add comment|comment via)\\b.{0,40}$)',
    why: 'Comment-section headings that carry no count ("Comments", "Tell us what YOU think...").',
  },
  // --- Pleas and widgets of German, Spanish and English sites (issue 15). ----------------------------
  {
    id: 'follow',
    scope: 'block',
    langs: ['es'],
    pattern: '(?:nuestro|tenemos) canal de (?:youtube|telegram|whatsapp)',
    why: "Spanish pleas to join the site's own YouTube, Telegram or WhatsApp channel (\"¡Mira lo que tiene nuestro canal de YouTube!\"); an article that mentions someone else's channel says whose. (English ones are the text path's appeals.)",
  },
  {
    id: 'newsletter',
    scope: 'block',
    langs: ['en', 'de'],
    pattern:
      '(?:download (?:the|our) [\\w ]{1,30} apps? for (?:ios|android)|by signing up to our newsletter|subscribe now to our [\\w ]{1,40} edition|in deinen posteingang|in ihren posteingang)',
    why: 'App-download and newsletter pleas ("... download the Nationnews apps for iOS and Android", "Lass dir die besten Storys ... in deinen Posteingang liefern").',
  },
  {
    id: 'login-wall',
    scope: 'block',
    langs: ['de', 'es'],
    pattern:
      '(?:^jetzt registrieren!?$|^werden sie (?:jetzt )?mitglied\\b|^hazte miembro\\b|(?:sie müssen|du musst) (?:sich|dich) anmelden,? um (?:einen )?kommentare? zu (?:schreiben|verfassen))',
    why: 'Registration prompts and the "log in to comment" line of German and Spanish sites.',
  },
  {
    id: 'donation',
    scope: 'block',
    langs: ['de'],
    pattern: '^unterstütze [\\w.-]{1,30} (?:bereits |schon |jetzt )?(?:mit|ab) \\d',
    why: 'A site\'s plea for money ("Unterstütze RosaMag bereits mit 2,50!").',
  },
  {
    id: 'script-placeholder',
    scope: 'block',
    langs: ['de', 'es', 'en'],
    pattern:
      '(?:^externer inhalt$|um den inhalt von [\\w.-]{1,60} zu laden|^escucha esta nota(?: aquí)?$|^listen to this (?:article|story)$)',
    why: 'Placeholders of embeds and audio players ("Externer Inhalt", "Klicken Sie ..., um den Inhalt von www.komoot.de zu laden", "Escucha esta nota aquí").',
  },
  {
    id: 'dateline-stamp',
    scope: 'block',
    langs: ['de'],
    pattern:
      '^(?:publiziert|aktualisiert|veröffentlicht|erstellt) ?(?:am)? ?:? \\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}(?:,? \\d{1,2}[:.]\\d{2}(?: uhr)?)?$',
    why: 'Publication and update stamps ("Publiziert: 03.04.2020, 12:35"); the date field keeps the date.',
  },
  {
    id: 'feedback',
    scope: 'block',
    langs: ['de', 'en'],
    pattern: '^(?:rezept drucken|print recipe)\\s(?:bei pinterest speichern|pin recipe|save to pinterest)$',
    why: 'The print and pin buttons of recipe plugins.',
  },
];
