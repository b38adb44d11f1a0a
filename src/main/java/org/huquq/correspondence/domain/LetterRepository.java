package org.huquq.correspondence.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huquq.correspondence.LetterDirection;
import org.huquq.correspondence.LetterLinkKind;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.ProtectedReference;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Letters. The queries that list take the caller's read scope (see AccessPolicy.ReadScope) as parameters, so that a
 * letter the caller may not read is never returned nor counted.
 */
public interface LetterRepository extends JpaRepository<Letter, UUID>, LetterLists {

    Optional<Letter> findByIdAndInstitutionId(UUID id, UUID institutionId);

    Optional<Letter> findByInstitutionIdAndReference(UUID institutionId, String reference);

    /** The same incoming letter registered before: same sender, sender's reference and date. */
    Optional<Letter> findFirstByInstitutionIdAndDirectionAndCounterpartIdAndTheirReferenceAndTheirDate(
            UUID institutionId, LetterDirection direction, UUID counterpartId, String theirReference,
            LocalDate theirDate);

    /** Ids of an institution's letters under a reply rule, after {@code after} in id order (keyset pages). */
    @Query("""
            select l.id from Letter l
            where l.institutionId = :institutionId and l.replyRule = :rule and l.id > :after order by l.id
            """)
    List<UUID> findIdsUnderRule(UUID institutionId, String rule, UUID after, Pageable page);

    /** The letters that answer or follow up this one (one step down its chain). */
    @Query("select l from Letter l where l.inReplyToId = :id or l.followsUpId = :id")
    List<Letter> findNext(UUID id);

    /**
     * Which letters a user may read, filtered: null direction and counterpart match every letter; the registration
     * period is always given (a range, which the index on the registration date serves). Shared by the page and its
     * count.
     */
    String READABLE = """
            from Letter l
            where l.institutionId = :institutionId
              and (l.confidentiality in :openLevels
                   or (l.confidentiality = :confidential and (:allConfidential = true or l.teamId in :teams))
                   or (l.confidentiality = :strict and (:allStrict = true or l.teamId in :teams)))
              and (:direction is null or l.direction = :direction)
              and (:counterpartId is null or l.counterpartId = :counterpartId)
              and l.registeredOn between :from and :to
            """;

    /**
     * A keyset page of the readable letters, newest registration first, then by id: the first page when
     * {@code first}, else the letters after {@code afterOn} and {@code afterId}. The caller ends the period at
     * {@code afterOn}, so that the database seeks to the cursor in {@code ix_letter_registered} instead of reading
     * the letters before it.
     */
    @Query("select l " + READABLE + """
              and (:first = true or l.registeredOn < :afterOn or (l.registeredOn = :afterOn and l.id < :afterId))
            order by l.institutionId desc, l.registeredOn desc, l.id desc
            """)
    List<Letter> findReadable(UUID institutionId, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, LetterDirection direction, UUID counterpartId, LocalDate from, LocalDate to,
            boolean first, LocalDate afterOn, UUID afterId, Pageable limit);

    /** Readable letters linked to a person, a place or another letter, newest registration first. */
    @Query("""
            select l from Letter l join l.links k
            where l.institutionId = :institutionId
              and (l.confidentiality in :openLevels
                   or (l.confidentiality = :confidential and (:allConfidential = true or l.teamId in :teams))
                   or (l.confidentiality = :strict and (:allStrict = true or l.teamId in :teams)))
              and k.targetKind = :kind and k.targetId = :targetId
            order by l.registeredOn desc, l.id desc
            """)
    List<Letter> findReadableLinkedTo(UUID institutionId, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, LetterLinkKind kind, UUID targetId, Pageable page);

    /** The ids of the readable letters, to count them up to a limit ({@code limit}'s size). */
    @Query("select l.id " + READABLE)
    List<UUID> findReadableIds(UUID institutionId, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, LetterDirection direction, UUID counterpartId, LocalDate from, LocalDate to,
            Pageable limit);

    /**
     * What a scorecard needs of each readable letter exchanged with one counterpart and dated (sent, else registered)
     * within a period, in date order: a projection, not entities, so that years of letters to one body read fast.
     */
    @Query("""
            select new org.huquq.correspondence.domain.ScorecardRow(l.id, l.reference, l.direction, l.threadId,
                   l.subject, coalesce(l.sentOn, l.registeredOn), coalesce(l.receivedOn, l.registeredOn),
                   l.expectsReply, l.replyRule, l.replyBy)
            from Letter l
            where l.institutionId = :institutionId
              and l.counterpartId = :counterpartId
              and coalesce(l.sentOn, l.registeredOn) between :from and :to
              and (l.confidentiality in :openLevels
                   or (l.confidentiality = :confidential and (:allConfidential = true or l.teamId in :teams))
                   or (l.confidentiality = :strict and (:allStrict = true or l.teamId in :teams)))
            order by coalesce(l.sentOn, l.registeredOn), l.id
            """)
    List<ScorecardRow> findExchanged(UUID institutionId, UUID counterpartId, LocalDate from, LocalDate to,
            Collection<Confidentiality> openLevels, Confidentiality confidential, boolean allConfidential,
            Confidentiality strict, boolean allStrict, Collection<UUID> teams);

    /** The outcomes recorded on the letters exchanged with one counterpart in a period (letter id, kind, date). */
    @Query("""
            select new org.huquq.correspondence.domain.ScorecardOutcome(l.id, o.kind, o.happenedOn)
            from Letter l join l.outcomes o
            where l.institutionId = :institutionId
              and l.counterpartId = :counterpartId
              and coalesce(l.sentOn, l.registeredOn) between :from and :to
            """)
    List<ScorecardOutcome> findExchangedOutcomes(UUID institutionId, UUID counterpartId, LocalDate from,
            LocalDate to);

    /** Readable letters of one chain, in the order they were dated. */
    @Query("""
            select l from Letter l
            where l.threadId = :threadId and l.institutionId = :institutionId
              and (l.confidentiality in :openLevels
                   or (l.confidentiality = :confidential and (:allConfidential = true or l.teamId in :teams))
                   or (l.confidentiality = :strict and (:allStrict = true or l.teamId in :teams)))
            order by coalesce(l.sentOn, l.registeredOn), l.registeredOn, l.id
            """)
    List<Letter> findThread(UUID institutionId, UUID threadId, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, Pageable limit);

    /** The references of these letters, with what decides who may read them (the audit trail names them). */
    @Query("""
            select new org.huquq.shared.ProtectedReference(r.id, r.reference, r.institutionId, r.confidentiality,
                r.teamId)
            from Letter r where r.id in :ids
            """)
    List<ProtectedReference> findReferences(Collection<UUID> ids);
}
