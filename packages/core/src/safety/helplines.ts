/**
 * Where to turn (DESIGN.md rule 9, SECURITY.md P5): for a handful of
 * countries, the emergency number and the national domestic-abuse line,
 * as plain facts in our own words. The server serves this list (or the
 * operator's, see the server's HELPLINES_FILE); nothing is fetched from
 * elsewhere. Numbers are written ready for a `tel:` link; a number we are
 * not sure of is left out rather than guessed, so some countries list only
 * their emergency number.
 */

export interface PhoneLine {
  /** Who answers, e.g. "National Domestic Abuse Helpline". */
  name: string;
  /** Digits for a `tel:` link, with a leading + for an international form: `08082000247`, `116016`. */
  phone: string;
  /** How the number is usually written: `0808 2000 247`. */
  display: string;
  /** When it answers, if known: `Any time, day or night`. */
  hours?: string;
  /** One or two short sentences on what they offer. */
  description: string;
}

/** The help for one country, or the international fallback (`INTL`). */
export interface SafetyResources {
  /** ISO 3166-1 alpha-2 code in capitals (`GB`), or `INTL`. */
  code: string;
  /** The country's name in English, for the picker. */
  name: string;
  emergency: PhoneLine;
  helplines: PhoneLine[];
}

/** The code of the entry shown when a person's country is not listed. */
export const INTERNATIONAL = 'INTL';

/** The shape a phone number must have to be dialled from a `tel:` link. */
export const PHONE_PATTERN = /^\+?[0-9]{2,15}$/;

const ANY_TIME = 'Any time, day or night';

function emergency(phone: string, description = 'Police, ambulance or fire, when you are in danger now.'): PhoneLine {
  return { name: 'Emergency services', phone, display: phone, description };
}

export const BUILT_IN_RESOURCES: readonly SafetyResources[] = [
  {
    code: 'US',
    name: 'United States',
    emergency: emergency('911'),
    helplines: [
      {
        name: 'National Domestic Violence Hotline',
        phone: '18007997233',
        display: '1-800-799-7233',
        hours: ANY_TIME,
        description: 'Free and confidential. They listen, and help you think through what is safe for you.',
      },
    ],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    emergency: emergency('999'),
    helplines: [
      {
        name: 'National Domestic Abuse Helpline',
        phone: '08082000247',
        display: '0808 2000 247',
        hours: ANY_TIME,
        description: 'Free and confidential, run by Refuge. Anyone can call, about themselves or someone they know.',
      },
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    emergency: emergency('112', 'Police, ambulance or fire, when you are in danger now. 999 works too.'),
    helplines: [
      {
        name: "Women's Aid National Freephone Helpline",
        phone: '1800341900',
        display: '1800 341 900',
        hours: ANY_TIME,
        description: 'Free and confidential support for anyone living with abuse from a partner or ex-partner.',
      },
    ],
  },
  { code: 'CA', name: 'Canada', emergency: emergency('911'), helplines: [] },
  {
    code: 'AU',
    name: 'Australia',
    emergency: emergency('000'),
    helplines: [
      {
        name: '1800RESPECT',
        phone: '1800737732',
        display: '1800 737 732',
        hours: ANY_TIME,
        description: 'The national counselling and support line for domestic, family and sexual violence.',
      },
    ],
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    emergency: emergency('111'),
    helplines: [
      {
        name: "Women's Refuge Crisis Line",
        phone: '0800733843',
        display: '0800 733 843',
        hours: ANY_TIME,
        description: 'Free support and safe places to stay for anyone experiencing family violence.',
      },
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    emergency: emergency('110', 'Police, when you are in danger now. 112 for an ambulance or fire.'),
    helplines: [
      {
        name: 'Hilfetelefon Gewalt gegen Frauen',
        phone: '116016',
        display: '116 016',
        hours: ANY_TIME,
        description: 'Free, anonymous advice in many languages.',
      },
    ],
  },
  {
    code: 'FR',
    name: 'France',
    emergency: emergency('17', 'Police, when you are in danger now. 112 reaches every emergency service.'),
    helplines: [
      {
        name: '3919 Violences Femmes Info',
        phone: '3919',
        display: '39 19',
        hours: ANY_TIME,
        description: 'Free and anonymous listening and advice.',
      },
    ],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    emergency: emergency('112'),
    helplines: [
      {
        name: 'Veilig Thuis',
        phone: '08002000',
        display: '0800 2000',
        hours: ANY_TIME,
        description: 'Free advice and support about domestic violence and abuse.',
      },
    ],
  },
  {
    code: 'ES',
    name: 'Spain',
    emergency: emergency('112'),
    helplines: [
      {
        name: '016',
        phone: '016',
        display: '016',
        hours: ANY_TIME,
        description: 'Free, confidential help in many languages. It does not show on the phone bill.',
      },
    ],
  },
  {
    code: 'IT',
    name: 'Italy',
    emergency: emergency('112'),
    helplines: [
      {
        name: '1522 Antiviolenza e Stalking',
        phone: '1522',
        display: '1522',
        hours: ANY_TIME,
        description: 'Free, anonymous help with violence and stalking, in several languages.',
      },
    ],
  },
  {
    code: INTERNATIONAL,
    name: 'Somewhere else',
    emergency: emergency('112', 'From a mobile phone, 112 reaches emergency services in many countries.'),
    helplines: [],
  },
];

/**
 * The operator's entries over the built-in ones: an entry replaces the
 * built-in one with the same code and a new code is added. With `replace`
 * the built-in list is dropped. Sorted by name, the international entry last.
 * @throws Error when the result has no international entry
 */
export function mergeResources(
  builtIn: readonly SafetyResources[],
  extra: readonly SafetyResources[],
  options: { replace: boolean },
): SafetyResources[] {
  const byCode = new Map<string, SafetyResources>();
  for (const entry of options.replace ? [] : builtIn) byCode.set(entry.code, entry);
  for (const entry of extra) byCode.set(entry.code, entry);
  if (!byCode.has(INTERNATIONAL)) throw new Error(`the list needs an "${INTERNATIONAL}" entry for everywhere else`);
  return [...byCode.values()].sort(
    (a, b) => Number(a.code === INTERNATIONAL) - Number(b.code === INTERNATIONAL) || a.name.localeCompare(b.name),
  );
}

/**
 * A guess at someone's country from their browser's languages (`en-GB` →
 * `GB`), the first region that is listed; the international entry when none is.
 */
export function guessCountry(languages: readonly string[], listed: readonly string[]): string {
  const known = new Set(listed);
  for (const language of languages) {
    const region = regionOf(language);
    if (region && known.has(region)) return region;
  }
  return INTERNATIONAL;
}

function regionOf(language: string): string | undefined {
  // BCP 47: language[-script][-REGION]…; a region is two letters (or three digits, which we do not list).
  for (const part of language.split(/[-_]/).slice(1)) {
    if (/^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
  }
  return undefined;
}
