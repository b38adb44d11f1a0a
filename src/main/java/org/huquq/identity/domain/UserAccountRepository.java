package org.huquq.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    /** Every account with this user name, one per institution at most. */
    List<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByInstitutionIdAndUsername(UUID institutionId, String username);

    /** The account with this user name in the institution with this code. */
    @Query("select u from UserAccount u, Institution i where i.id = u.institutionId and u.username = :username "
            + "and i.code = :code")
    Optional<UserAccount> findByUsernameAndInstitutionCode(String username, String code);

    Optional<UserAccount> findByIdAndInstitutionId(UUID id, UUID institutionId);

    List<UserAccount> findByInstitutionIdOrderByUsername(UUID institutionId);

    /** The usernames of these users, with their institution (the audit trail names them). */
    @Query("select new org.huquq.identity.domain.RecordName(u.id, u.username, u.institutionId) from UserAccount u where u.id in :ids")
    List<RecordName> findNames(Collection<UUID> ids);

    /** The display names of an institution's users with these usernames. */
    @Query("""
            select new org.huquq.identity.domain.UserName(u.username, u.displayName) from UserAccount u
            where u.institutionId = :institutionId and u.username in :usernames
            """)
    List<UserName> findDisplayNames(UUID institutionId, Collection<String> usernames);

    @Query("select u.username from UserAccount u join u.teamIds t where t = :team and u.enabled = true "
            + "order by u.username")
    List<String> findEnabledMembers(@Param("team") UUID team);

    /** Every stored second-factor secret as the database holds it (encrypted, or from before encryption). */
    @Query(value = "select cast(id as varchar(36)), totp_secret from user_account where totp_secret is not null",
            nativeQuery = true)
    List<Object[]> findStoredTotpSecrets();

    /** Stores a second-factor secret as given, already encrypted: the converter is not applied to native queries. */
    @Modifying
    @Query(value = "update user_account set totp_secret = :stored where id = :id", nativeQuery = true)
    int storeTotpSecret(@Param("id") UUID id, @Param("stored") String stored);
}
