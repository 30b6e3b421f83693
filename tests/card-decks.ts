/**
 * A small deck for the tests of translated decks: two cards in Dutch (on A6 or poker cards),
 * and the same cards in French and in Arabic, with a project that holds one translation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { makeProject, runCli } from './helpers.js';

export const BRAND = 'basisschool-de-vlieger';

/** A Dutch deck of two cards on a given card size. */
export const dutch = (card: 'a6' | 'poker') => `---
kind: cards
title: Thuis praten
lang: nl
card: ${card}
categories:
  thuis: { label: Thuis, icon: ouders }
  school: { label: School, icon: school }
instruction: Leg de kaarten op tafel en kies er samen een.
---

Praat samen over thuis en school.

## Samen lezen {#lezen category=thuis}

Wat lees je graag samen met je kind?

---

- Wanneer lees je samen?
- Welk boek koos je kind?

## Het rapport {#rapport category=school}

Wat wil je weten over het rapport?

---

Vraag het aan de leerkracht.
`;

export const french = `---
kind: cards
title: "Parler à la maison"
lang: fr
translator: "test"
status: draft
categories:
  thuis: { label: "Maison" }
  school: { label: "École" }
instruction: "Posez les cartes sur la table et choisissez-en une ensemble."
---

Parlez ensemble de la maison et de l’école.

## Lire ensemble {#lezen}

Qu’aimez-vous lire avec votre enfant ?

---

- Quand lisez-vous ensemble ?
- Quel livre votre enfant a-t-il choisi ?

## Le bulletin {#rapport}

Que voulez-vous savoir sur le bulletin ?

---

Demandez-le à l’enseignant.
`;

export const arabic = `---
kind: cards
title: "الحديث في البيت"
lang: ar
translator: "test"
status: draft
categories:
  thuis: { label: "البيت" }
  school: { label: "المدرسة" }
instruction: "ضع البطاقات على الطاولة واختاروا واحدة معًا."
---

تحدثوا معًا عن البيت والمدرسة.

## القراءة معًا {#lezen}

ماذا تحب أن تقرأ مع طفلك؟

---

- متى تقرؤون معًا؟
- أي كتاب اختار طفلك؟

## التقرير المدرسي {#rapport}

ماذا تريد أن تعرف عن التقرير؟

---

اسأل المعلّم عن ذلك.
`;

/** A project with the Dutch deck and its translation, the translation marked as made from the current Dutch. */
export async function project(card: 'a6' | 'poker', lang: string, text: string): Promise<string> {
  const root = makeProject({ 'content/cards/thuis.nl.md': dutch(card), [`content/cards/thuis.${lang}.md`]: text }, { brands: [BRAND] });
  const m = await runCli(['translate', '--mark-current', `content/cards/thuis.${lang}.md`], root);
  expect(m.code, m.stderr).toBe(0);
  return root;
}

export const read = (root: string, path: string) => readFileSync(resolve(root, path), 'utf8');
export const build = (root: string, ...args: string[]) => runCli(['build', '--no-catalogue', '--brand', BRAND, '--format', 'short', ...args], root);
