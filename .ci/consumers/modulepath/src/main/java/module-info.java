/** A module of a user of uhc-model. */
module org.example.members {
    requires org.uhcmodel.json;

    exports org.example.members;
    // Jackson reads and writes the user's own records by reflection.
    opens org.example.members to tools.jackson.databind;
}
