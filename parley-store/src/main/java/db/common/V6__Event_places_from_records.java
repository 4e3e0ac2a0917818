package db.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.Event;
import org.parley.core.record.Extraction;
import org.parley.core.record.Location;

/**
 * Fills the place columns V5 added for the events stored before it, from each article's record,
 * which has always held every event's place. Runs once, in the migration's transaction.
 */
public class V6__Event_places_from_records extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement articles = c.createStatement();
        ResultSet rs = articles.executeQuery("SELECT record FROM articles");
        PreparedStatement update = c.prepareStatement(
            "UPDATE events SET place_name = ?, place_country = ?, lat = ?, lon = ? WHERE article_id = ? AND event_id = ?")) {
      while (rs.next()) {
        Extraction record = ExtractionJson.fromJson(rs.getString(1));
        for (Event e : record.events()) {
          if (e.location().isPresent()) {
            bind(update, e.location().get(), record.id(), e.id());
            update.executeUpdate();
          }
        }
      }
    }
  }

  private static void bind(PreparedStatement update, Location place, String articleId, String eventId) throws SQLException {
    update.setString(1, place.name());
    update.setString(2, place.country().orElse(null));
    update.setDouble(3, place.lat());
    update.setDouble(4, place.lon());
    update.setString(5, articleId);
    update.setString(6, eventId);
  }
}
