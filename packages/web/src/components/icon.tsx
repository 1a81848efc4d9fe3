import type { ComponentChildren } from 'preact';

/**
 * Our own small icon set, drawn for Repairable: a 24×24 grid, 1.75 px round
 * strokes in `currentColor`, no fills. Each icon is its own function, so a
 * screen's bundle holds only the icons it uses. Icons are decorative
 * (`aria-hidden`) unless given a `label`, which makes them an image with
 * that name; next to words, leave the label out. See DESIGN-SYSTEM.md.
 */
export interface IconProps {
  /** Extra classes; every icon also has `icon`. */
  class?: string;
  /** Only when the icon stands alone and means something: its accessible name. */
  label?: string;
}

function Svg(props: IconProps & { children: ComponentChildren }) {
  return (
    <svg
      class={props.class ? `icon ${props.class}` : 'icon'}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.75"
      stroke-linecap="round"
      stroke-linejoin="round"
      focusable="false"
      role={props.label ? 'img' : undefined}
      aria-label={props.label}
      aria-hidden={props.label ? undefined : 'true'}
    >
      {props.children}
    </svg>
  );
}

export function IconPlus(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M12 5v14M5 12h14" />
    </Svg>
  );
}

export function IconCheck(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M5 12.5l4.5 4.5L19 7.5" />
    </Svg>
  );
}

export function IconClose(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M6.5 6.5l11 11M17.5 6.5l-11 11" />
    </Svg>
  );
}

export function IconArrowLeft(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M19 12H5M11 6l-6 6 6 6" />
    </Svg>
  );
}

export function IconChevronRight(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M9.5 6l6 6-6 6" />
    </Svg>
  );
}

export function IconChevronDown(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M6 9.5l6 6 6-6" />
    </Svg>
  );
}

/** Care, something good between people. */
export function IconHeart(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M12 19.5C7.5 16.6 4 13.4 4 9.6a4.1 4.1 0 0 1 8-2 4.1 4.1 0 0 1 8 2c0 3.8-3.5 7-8 9.9z" />
    </Svg>
  );
}

/** Breathing, calming down, growth. */
export function IconLeaf(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M6 18C6 10.5 10.5 5.5 19 5c0 8-4.5 13-13 13z" />
      <path d="M6 18l7.5-7.5" />
    </Svg>
  );
}

/** A break. */
export function IconPause(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M9 6.5v11M15 6.5v11" />
    </Svg>
  );
}

export function IconUsers(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="9" cy="8.5" r="3.25" />
      <path d="M3.5 19c.6-3.1 2.8-5 5.5-5s4.9 1.9 5.5 5" />
      <path d="M15.5 5.6a3.1 3.1 0 0 1 0 5.8M17.3 14.3c1.7.7 2.8 2.3 3.2 4.7" />
    </Svg>
  );
}

export function IconUser(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="12" cy="8.5" r="3.5" />
      <path d="M5 19.5c.8-3.5 3.6-5.5 7-5.5s6.2 2 7 5.5" />
    </Svg>
  );
}

/** Settings: two sliders. */
export function IconSettings(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M4 7.5h9.5M18.5 7.5H20M4 16.5h3.5M12.5 16.5H20" />
      <circle cx="16" cy="7.5" r="2.25" />
      <circle cx="10" cy="16.5" r="2.25" />
    </Svg>
  );
}

export function IconShield(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M12 3.5l7 2.75v5.1c0 4.45-2.95 7.95-7 9.15-4.05-1.2-7-4.7-7-9.15v-5.1z" />
    </Svg>
  );
}

export function IconPhone(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M6.6 4h2.2l1.5 4-2 1.3a10.5 10.5 0 0 0 6.4 6.4l1.3-2 4 1.5v2.2a2 2 0 0 1-2.1 2C10.8 19 5 13.2 4.6 6.1A2 2 0 0 1 6.6 4z" />
    </Svg>
  );
}

/** Leaving: a door frame and an arrow out (the quick exit). */
export function IconExit(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M13.5 4.5h-7a1.5 1.5 0 0 0-1.5 1.5v12a1.5 1.5 0 0 0 1.5 1.5h7" />
      <path d="M10 12h10M16.5 8.5L20 12l-3.5 3.5" />
    </Svg>
  );
}

export function IconClock(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 7.75V12l2.75 1.75" />
    </Svg>
  );
}

export function IconEdit(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M15.5 5.5l3 3L9 18l-4 1 1-4z" />
      <path d="M13.5 7.5l3 3" />
    </Svg>
  );
}

export function IconTrash(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M5 7h14M10 4.5h4M7 7l.8 11.1a1.5 1.5 0 0 0 1.5 1.4h5.4a1.5 1.5 0 0 0 1.5-1.4L17 7" />
      <path d="M10.5 10.5v5.5M13.5 10.5v5.5" />
    </Svg>
  );
}

export function IconUndo(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M9 14.5l-4-4 4-4" />
      <path d="M5 10.5h9a5 5 0 0 1 0 10h-3" />
    </Svg>
  );
}

/** A warm, plain sun: a good moment. */
export function IconSun(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="12" cy="12" r="3.5" />
      <path d="M12 3.5v2M12 18.5v2M3.5 12h2M18.5 12h2M6 6l1.4 1.4M16.6 16.6L18 18M6 18l1.4-1.4M16.6 7.4L18 6" />
    </Svg>
  );
}

export function IconMessage(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M5 5.5h14A1.5 1.5 0 0 1 20.5 7v8.5A1.5 1.5 0 0 1 19 17h-7.5L7 20.5V17H5a1.5 1.5 0 0 1-1.5-1.5V7A1.5 1.5 0 0 1 5 5.5z" />
    </Svg>
  );
}

export function IconInfo(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 11v5.5M12 7.75v.01" />
    </Svg>
  );
}

/** Something needs attention (errors, warnings): a circle with a mark, never alarming on its own. */
export function IconAlert(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5v5.25M12 16.25v.01" />
    </Svg>
  );
}

export function IconLock(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="5" y="10.5" width="14" height="9.5" rx="2" />
      <path d="M8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5" />
    </Svg>
  );
}

export function IconHome(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M4.5 10.5L12 4.5l7.5 6V19a1 1 0 0 1-1 1h-4v-5.5h-5V20h-4a1 1 0 0 1-1-1z" />
    </Svg>
  );
}

/** A gently rising line over a baseline: insights, the shape of things over time. */
export function IconInsights(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M4.5 19.5h15" />
      <path d="M5.5 16l4-4.5 3 2.5 6-7" />
      <path d="M15 7h3.5v3.5" />
    </Svg>
  );
}
