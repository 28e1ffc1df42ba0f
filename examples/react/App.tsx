import type { Assessment, CfSelfAssessment, RoleSelectEvent } from 'career-framework-elements';
import type {} from 'career-framework-elements/react';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import framework from '../../tests/fixtures/des-hr.json?url';

export function App() {
  const selfAssessment = useRef<CfSelfAssessment>(null);
  const [assessment, setAssessment] = useState<Assessment>();
  const [posted, setPosted] = useState('');
  const [chosen, setChosen] = useState('');
  // One-way: read the form's answers back whenever they change; a reset fires no input, so follow it once done.
  const follow = () => setAssessment(selfAssessment.current?.assessment);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPosted(String(new FormData(event.currentTarget).get('assessment')));
  };
  return (
    <main>
      <h1>Career framework elements in React 19</h1>
      <cf-framework src={framework}>
        <h2>Assess yourself</h2>
        <form onSubmit={submit} onReset={() => setTimeout(follow)}>
          <cf-self-assessment ref={selfAssessment} name="assessment" heading-level={3} oninput={follow} />
          <button type="submit">Send my assessment</button> <button type="reset">Start again</button>
        </form>
        <h2>What the server would receive</h2>
        <pre id="posted">{posted}</pre>
        <h2>How do I compare with my role?</h2>
        <cf-gap-chart role-id="hr-business-partner" heading-level={3} assessment={assessment} />
        <cf-role-profile
          role-id="hr-business-partner"
          heading-level={3}
          oncf-role-select={(event: RoleSelectEvent) => setChosen(event.role.id)}
        />
        <p>
          Chosen next role: <output id="chosen">{chosen}</output>
        </p>
      </cf-framework>
    </main>
  );
}
