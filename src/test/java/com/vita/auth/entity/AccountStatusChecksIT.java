package com.vita.auth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.kyb.entity.KybStatus;
import com.vita.kyc.entity.KycStatus;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The database's own checks on the account's summaries ({@code kyc_status}, {@code kyb_status}, the
 * tokens' claims): every value the code can write is accepted, anything else is refused even when
 * it does not come through the code. Each check runs in a transaction that is rolled back.
 */
class AccountStatusChecksIT {

  private static final String CHECK_VIOLATION = "23514";

  @Test
  void kybStatusHoldsOnlyWhatKybWrites() throws SQLException {
    List<String> written = new ArrayList<>(List.of("not_started"));
    Arrays.stream(KybStatus.values()).map(KybStatus::value).forEach(written::add);
    assertOnly("kyb_status", "account_kyb_status", written);
  }

  @Test
  void kycStatusHoldsOnlyWhatKycWrites() throws SQLException {
    List<String> written = Arrays.stream(KycStatus.values()).map(KycStatus::value).toList();
    assertOnly("kyc_status", "account_kyc_status", written);
  }

  private static void assertOnly(String column, String constraint, List<String> allowed)
      throws SQLException {
    String account = TestAccounts.register().userId();
    try (Connection connection = TestDatabase.connect()) {
      connection.setAutoCommit(false);
      try (PreparedStatement update =
          connection.prepareStatement("UPDATE account SET " + column + " = ? WHERE id = ?::uuid")) {
        for (String value : allowed) {
          update.setString(1, value);
          update.setString(2, account);
          assertEquals(1, update.executeUpdate(), value);
        }
        for (String refused : List.of("APPROVED", "verified", "")) {
          var savepoint = connection.setSavepoint();
          update.setString(1, refused);
          update.setString(2, account);
          SQLException violation = assertThrows(SQLException.class, update::executeUpdate);
          assertEquals(CHECK_VIOLATION, violation.getSQLState(), violation.getMessage());
          assertTrue(violation.getMessage().contains(constraint), violation.getMessage());
          connection.rollback(savepoint);
        }
      } finally {
        connection.rollback();
      }
    }
  }
}
