package vn.danvan.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A petition with its clock, the rule it runs under, its petitioners as the reader may see them, its history and
 * attachments.
 */
public record PetitionView(UUID id, String code, UUID unitId, String unitName, Channel channel, PetitionKind kind,
        PetitionStatus status, LocalDate receivedOn, String subject, String content, boolean remote, Complexity complexity,
        boolean secondTime, boolean confidential, boolean repeated, boolean complexMass, DeadlineClock clock, String clockStep,
        DeadlineRule rule, int periodDays, LocalDate noticeDueOn, int extensions, String handlerUsername, String handlerName,
        Outcome outcome, String decisionNumber, LocalDate decisionDate, LocalDate closedOn, Boolean onTime,
        UUID forwardedTo, UUID forwardedFrom, List<PersonView> petitioners, List<HistoryEntry> history,
        List<AttachmentView> attachments, boolean mayReveal, long version) {
}
