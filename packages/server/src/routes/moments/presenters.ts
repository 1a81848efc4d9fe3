import type {
  Checkin,
  CheckinView,
  MomentView,
  PositiveMoment,
  RegulationAdvice,
  RegulationView,
} from '@repairable/core';

export function presentMoment(m: PositiveMoment, viewerMemberId: string): MomentView {
  return {
    id: m.id,
    kind: m.kind,
    visibility: m.visibility,
    note: m.note,
    about: m.about,
    authorMemberId: m.authorMemberId,
    isMine: m.authorMemberId === viewerMemberId,
    createdAt: m.createdAt,
    editedAt: m.editedAt,
  };
}

export function presentCheckin(c: Checkin): CheckinView {
  return {
    id: c.id,
    state: c.state,
    intensity: c.intensity,
    note: c.note,
    createdAt: c.createdAt,
    editedAt: c.editedAt,
  };
}

export function presentRegulation(advice: RegulationAdvice): RegulationView {
  return {
    offerBreak: advice.offerBreak,
    minimumBreakMinutes: advice.minimumBreakMinutes,
    latest: advice.basedOn && presentCheckin(advice.basedOn),
  };
}
