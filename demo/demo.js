// The demo page's own behaviour: what a department's intranet team would write around the elements.
// Page text in both languages (the elements translate themselves from the closest lang).
const PAGE_TEXT = {
  en: {
    skip: 'Skip to main content',
    org: 'People Hub',
    languageNav: 'Language',
    breadcrumbNav: 'Breadcrumb',
    crumbHome: 'Intranet home',
    crumbProfessions: 'Professions',
    crumbHr: 'Human Resources',
    caption: 'Human Resources profession',
    title: 'Our skills',
    lead: 'The technical skills our HR profession uses, and what each looks like at every level from Awareness to Authority. Use them to assess yourself, to prepare for a career conversation with your line manager, and to plan your development.',
    compareTitle: 'What changes when I step up a level?',
    compareSkill: 'Skill',
    compareFrom: 'From level',
    compareTo: 'To level',
    assessTitle: 'Assess yourself',
    assessLead: 'Rate yourself against each skill before your career conversation. Your answers are saved in this browser as you go. Sending them posts the form to your line manager: in this demo, to a local echo that shows what a server receives.',
    assessSubmit: 'Send my assessment',
    gapTitle: 'How do I compare with my role?',
    gapLead: 'As you rate yourself above, this compares your answers with what a role needs. Choose your current role, or one you would like to move to.',
    gapRole: 'Role',
    rolesNote: 'The roles on this page are examples written for this demonstration.',
    journeyTitle: 'Where could I go next?',
    journeyLead: 'See the roles you could move to, up, sideways or into another profession, and what each step would take. Choose a framework, your role and a role you would like.',
    journeyFramework: 'Framework',
    journeyCareers: 'Public service careers (example)',
    journeyDes: 'DE&S Human Resources',
    journeyDirect: 'DIRECT: digital research',
    journeyFrom: 'My role',
    journeyTo: 'A role I would like',
    journeyNone: 'None yet',
    teamTitle: 'My team',
    teamLead: 'For line managers: your team’s skills against the role they hold, from the ratings you gave them. Order it by the largest gaps to plan learning, or switch to counts per level to share without naming anyone.',
    teamNote: 'The team on this page is invented for this demonstration.',
    talkTitle: 'Talk it through with my manager',
    talkLead: 'Your ratings beside the ones your line manager gave you, skill by skill. Together, agree a level for each and note what comes next. Nothing is averaged. The agreement is saved in this browser as you go, and prints as a record of your conversation.',
    talkSubmit: 'Save what we agreed',
    talkNote: 'Your line manager’s ratings on this page are invented for this demonstration.',
    talkYou: 'You',
    talkManager: 'Sam (your line manager)',
    progressTitle: 'My progress',
    progressLead: 'How your levels have moved since you first assessed yourself, against the role chosen above. Your answers in “Assess yourself” are the latest column once you have given some.',
    progressNote: 'Your earlier assessments on this page are invented for this demonstration.',
    changesTitle: 'What changed in version 2',
    changesLead: 'The next version of the HR framework against the one this page uses: skills added, merged, renamed and retired, what changed in the descriptors, and what each role now needs. Open a descriptor change to read the earlier and the new wording.',
    changesNote: 'Version 2.0.0 on this page is invented for this demonstration.',
    planTitle: 'My development plan',
    planLead: 'Your gaps to the role chosen above, each with what good looks like at the next level. Add what you will do and by when: the plan is saved in this browser as you write, and prints for your career conversation.',
    allSkills: 'All HR skills and their levels',
    allSkillsHint: 'Open a level to read its descriptors.',
    contents: 'Contents',
    source: 'Skills and descriptors: Defence Equipment & Support (DE&S), Technical Competence Framework: Human Resources, transcribed for this demonstration.',
    built: 'Built with career-framework-elements.',
    pageTitle: 'Human Resources profession: our skills – People Hub',
  },
  cy: {
    skip: 'Neidio i’r prif gynnwys',
    org: 'Hwb Pobl',
    languageNav: 'Iaith',
    breadcrumbNav: 'Briwsion bara',
    crumbHome: 'Hafan y fewnrwyd',
    crumbProfessions: 'Proffesiynau',
    crumbHr: 'Adnoddau Dynol',
    caption: 'Proffesiwn Adnoddau Dynol',
    title: 'Ein sgiliau',
    lead: 'Y sgiliau technegol y mae ein proffesiwn AD yn eu defnyddio, a sut olwg sydd ar bob un ar bob lefel, o Awareness i Authority. Defnyddiwch nhw i asesu eich hun, i baratoi ar gyfer sgwrs am eich gyrfa gyda’ch rheolwr llinell, ac i gynllunio eich datblygiad.',
    compareTitle: 'Beth sy’n newid pan fyddaf yn symud i lefel uwch?',
    compareSkill: 'Sgil',
    compareFrom: 'O lefel',
    compareTo: 'I lefel',
    assessTitle: 'Aseswch eich hun',
    assessLead: 'Rhowch sgôr i chi’ch hun ar gyfer pob sgil cyn eich sgwrs gyrfa. Mae eich atebion yn cael eu cadw yn y porwr hwn wrth i chi fynd. Mae eu hanfon yn postio’r ffurflen at eich rheolwr llinell: yn yr arddangosiad hwn, at adlais lleol sy’n dangos beth mae gweinydd yn ei gael.',
    assessSubmit: 'Anfon fy asesiad',
    gapTitle: 'Sut ydw i’n cymharu â fy rôl?',
    gapLead: 'Wrth i chi roi sgôr i chi’ch hun uchod, mae hyn yn cymharu eich atebion â’r hyn sydd ei angen ar gyfer rôl. Dewiswch eich rôl bresennol, neu un yr hoffech symud iddi.',
    gapRole: 'Rôl',
    rolesNote: 'Enghreifftiau a ysgrifennwyd ar gyfer yr arddangosiad hwn yw’r rolau ar y dudalen hon.',
    journeyTitle: 'I ble y gallwn i fynd nesaf?',
    journeyLead: 'Gwelwch y rolau y gallech symud iddynt, i fyny, i’r ochr neu i broffesiwn arall, a beth fyddai pob cam yn ei olygu. Dewiswch fframwaith, eich rôl a rôl yr hoffech ei chael.',
    journeyFramework: 'Fframwaith',
    journeyCareers: 'Gyrfaoedd y gwasanaeth cyhoeddus (enghraifft)',
    journeyDes: 'Adnoddau Dynol DE&S',
    journeyDirect: 'DIRECT: ymchwil digidol',
    journeyFrom: 'Fy rôl',
    journeyTo: 'Rôl yr hoffwn ei chael',
    journeyNone: 'Dim eto',
    teamTitle: 'Fy nhîm',
    teamLead: 'I reolwyr llinell: sgiliau eich tîm o’u cymharu â’r rôl sydd ganddynt, o’r sgoriau a roesoch iddynt. Trefnwch yn ôl y bylchau mwyaf i gynllunio dysgu, neu newidiwch i niferoedd ar bob lefel i’w rannu heb enwi neb.',
    teamNote: 'Mae’r tîm ar y dudalen hon wedi’i ddyfeisio ar gyfer yr arddangosiad hwn.',
    talkTitle: 'Ei drafod gyda fy rheolwr',
    talkLead: 'Eich sgoriau chi wrth ymyl y rhai a roddodd eich rheolwr llinell i chi, fesul sgil. Gyda’ch gilydd, cytunwch ar lefel ar gyfer pob un a nodwch beth sy’n dod nesaf. Nid oes dim yn cael ei gyfartalu. Mae’r cytundeb yn cael ei gadw yn y porwr hwn wrth i chi fynd, ac mae’n argraffu fel cofnod o’ch sgwrs.',
    talkSubmit: 'Cadw’r hyn y cytunwyd arno',
    talkNote: 'Mae sgoriau eich rheolwr llinell ar y dudalen hon wedi’u dyfeisio ar gyfer yr arddangosiad hwn.',
    talkYou: 'Chi',
    talkManager: 'Sam (eich rheolwr llinell)',
    progressTitle: 'Fy nghynnydd',
    progressLead: 'Sut mae eich lefelau wedi symud ers i chi asesu eich hun gyntaf, o’u cymharu â’r rôl a ddewiswyd uchod. Eich atebion yn “Aseswch eich hun” yw’r golofn olaf unwaith y byddwch wedi rhoi rhai.',
    progressNote: 'Mae eich asesiadau cynharach ar y dudalen hon wedi’u dyfeisio ar gyfer yr arddangosiad hwn.',
    changesTitle: 'Beth newidiodd yn fersiwn 2',
    changesLead: 'Fersiwn nesaf y fframwaith AD o’i chymharu â’r un y mae’r dudalen hon yn ei defnyddio: sgiliau a ychwanegwyd, a unwyd, a ailenwyd ac a dynnwyd yn ôl, beth newidiodd yn y disgrifyddion, a beth mae pob rôl ei angen bellach. Agorwch newid i ddisgrifydd i ddarllen y geiriad cynharach a’r un newydd.',
    changesNote: 'Mae fersiwn 2.0.0 ar y dudalen hon wedi’i dyfeisio ar gyfer yr arddangosiad hwn.',
    planTitle: 'Fy nghynllun datblygu',
    planLead: 'Eich bylchau i’r rôl a ddewiswyd uchod, pob un gyda sut olwg sydd ar waith da ar y lefel nesaf. Ychwanegwch beth fyddwch chi’n ei wneud ac erbyn pryd: mae’r cynllun yn cael ei gadw yn y porwr hwn wrth i chi ysgrifennu, ac mae’n argraffu ar gyfer eich sgwrs gyrfa.',
    allSkills: 'Yr holl sgiliau AD a’u lefelau',
    allSkillsHint: 'Agorwch lefel i ddarllen ei disgrifyddion.',
    contents: 'Cynnwys',
    source: 'Sgiliau a disgrifyddion: Defence Equipment & Support (DE&S), Technical Competence Framework: Human Resources (Saesneg), wedi’u trawsgrifio ar gyfer yr arddangosiad hwn.',
    built: 'Wedi’i adeiladu gyda career-framework-elements.',
    pageTitle: 'Proffesiwn Adnoddau Dynol: ein sgiliau – Hwb Pobl',
  },
};

const pageText = (key) => PAGE_TEXT[document.documentElement.lang]?.[key] ?? PAGE_TEXT.en[key];

function setLanguage(lang) {
  const text = PAGE_TEXT[lang];
  document.documentElement.lang = lang;
  document.title = text.pageTitle;
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = text[element.dataset.i18n];
  for (const element of document.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', text[element.dataset.i18nLabel]);
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    setLanguage(button.dataset.lang);
    // The names the page gives the two ratings are the page's words.
    void showConversation();
  });
}

const option = (value, label) => Object.assign(document.createElement('option'), { value, textContent: label });

// One collapsible ladder per skill, and a contents list, built from the loaded framework.
document.querySelector('#framework').addEventListener('cf-framework-load', ({ framework }) => {
  const contents = document.querySelector('#contents');
  const ladders = document.querySelector('#ladders');
  // A framework loaded again (a new src) replaces what the last one built.
  contents.replaceChildren();
  ladders.replaceChildren();
  for (const skill of framework.skills) {
    const link = Object.assign(document.createElement('a'), { href: `#skill-${skill.id}`, textContent: skill.name });
    const item = document.createElement('li');
    item.append(link);
    contents.append(item);
    const ladder = document.createElement('cf-level-ladder');
    Object.assign(ladder, { id: `skill-${skill.id}`, skill: skill.id, collapsible: true, headingLevel: 3 });
    ladders.append(ladder);
  }
  const skillSelect = document.querySelector('#compare-skill');
  skillSelect.replaceChildren();
  for (const skill of framework.skills) skillSelect.append(option(skill.id, skill.name));
  for (const select of [document.querySelector('#compare-from'), document.querySelector('#compare-to')]) {
    select.replaceChildren();
    for (const level of framework.scale.levels) select.append(option(level.id, level.label));
  }
  skillSelect.value = 'resourcing';
  document.querySelector('#compare-from').value = 'practitioner';
  document.querySelector('#compare-to').value = 'expert';
});

document.querySelector('#compare-form').addEventListener('change', (event) => {
  const form = event.currentTarget;
  const ladder = document.querySelector('#compare-ladder');
  ladder.skill = form.skill.value;
  ladder.current = form.from.value;
  ladder.compare = form.to.value;
});

// "How do I compare with my role?": the gap chart follows the form above as the person rates.
const selfAssessment = document.querySelector('.assess-form cf-self-assessment');
const gapChart = document.querySelector('#gap-chart');
const roleProfile = document.querySelector('#role-profile');
const roleSelect = document.querySelector('#gap-role');
// "My development plan" follows the same answers and the same role.
const plan = document.querySelector('#plan');
// "Talk it through with my manager": the person's answers (or, before they have any, an example of them) beside
// an invented rating by their line manager.
const agreement = document.querySelector('#agreement');
const examples = fetch('../tests/fixtures/assessments/des-hr.json').then((response) => response.json());
const showConversation = async () => {
  const { self, manager } = await examples;
  const own = selfAssessment.assessment;
  agreement.assessments = [
    { label: pageText('talkYou'), assessment: own && Object.keys(own.ratings).length > 0 ? own : self },
    { label: pageText('talkManager'), assessment: manager },
  ];
};
// "My progress": an invented history, with the person's own answers as the latest once they have some.
const progress = document.querySelector('#progress');
const earlier = fetch('../tests/fixtures/assessments/des-hr-history.json').then((response) => response.json());
const showProgress = async () => {
  const { history } = await earlier;
  const own = selfAssessment.assessment;
  progress.assessments = own && Object.keys(own.ratings).length > 0 ? [...history, own] : history;
};
const showAnswers = () => {
  gapChart.assessment = selfAssessment.assessment;
  plan.assessment = selfAssessment.assessment;
  void showConversation();
  void showProgress();
};
for (const type of ['input', 'change']) selfAssessment.addEventListener(type, showAnswers);
// A restored draft and a form reset change the answers without an input event: read them once done.
selfAssessment.addEventListener('cf-draft-restore', () => setTimeout(showAnswers));
selfAssessment.closest('form').addEventListener('reset', () => setTimeout(showAnswers));
selfAssessment.closest('cf-framework').addEventListener('cf-framework-load', () => selfAssessment.updateComplete.then(showAnswers));

document.querySelector('#roles').addEventListener('cf-framework-load', ({ framework }) => {
  roleSelect.replaceChildren();
  for (const role of framework.roles) {
    roleSelect.append(option(role.id, role.title));
    for (const level of role.levels ?? []) roleSelect.append(option(level.id, level.title));
  }
  roleSelect.value = gapChart.roleId;
});
const showRole = (id) => {
  roleSelect.value = id;
  gapChart.roleId = id;
  plan.roleId = id;
  progress.roleId = id;
};
roleSelect.addEventListener('change', () => {
  showRole(roleSelect.value);
  roleProfile.roleId = roleSelect.value;
});
// The profile shows a next role itself when one is chosen; the chart and the list follow it.
roleProfile.addEventListener('cf-role-select', ({ role }) => showRole(role.id));

// "Where could I go next?": a career map of the chosen framework, from the person's role to one they would like.
const journeys = document.querySelector('#journeys');
const journeyMap = document.querySelector('#journey-map');
const fromSelect = document.querySelector('#journey-from');
const toSelect = document.querySelector('#journey-to');
/** The positions of a framework: role levels, and roles without levels. */
const positions = (framework) => framework.roles.flatMap((role) => (role.levels?.length ? role.levels : [role]));
const titleOf = (value) => (typeof value === 'string' ? value : (value[document.documentElement.lang] ?? value.en));

document.querySelector('#journey-framework').addEventListener('change', (event) => {
  journeys.src = `../dist/cdn/frameworks/${event.target.value}.json`;
});
journeys.addEventListener('cf-framework-load', ({ framework }) => {
  const roles = positions(framework);
  fromSelect.replaceChildren(...roles.map((role) => option(role.id, titleOf(role.title))));
  toSelect.replaceChildren(option('', pageText('journeyNone')), ...roles.map((role) => option(role.id, titleOf(role.title))));
  // A map first shown with a route; another framework starts from its first role.
  const keep = roles.some((role) => role.id === journeyMap.from);
  fromSelect.value = keep ? journeyMap.from : roles[0]?.id;
  toSelect.value = keep && roles.some((role) => role.id === journeyMap.to) ? journeyMap.to : '';
  journeyMap.from = fromSelect.value;
  journeyMap.to = toSelect.value || undefined;
  // On the HR framework, routes are measured from the answers given in "Assess yourself".
  journeyMap.assessment = framework.id === 'des-hr' ? selfAssessment.assessment : undefined;
});
fromSelect.addEventListener('change', () => (journeyMap.from = fromSelect.value));
toSelect.addEventListener('change', () => (journeyMap.to = toSelect.value || undefined));
selfAssessment.addEventListener('change', () => {
  if (journeys.value?.id === 'des-hr') journeyMap.assessment = selfAssessment.assessment;
});

// "My team": a manager's view of an invented team of twelve (the host supplies names; the element needs no more).
const teamHeatmap = document.querySelector('#team-heatmap');
fetch('../tests/fixtures/assessments/des-hr-team.json')
  .then((response) => response.json())
  .then(({ people, assessments }) => Object.assign(teamHeatmap, { people, assessments }));
