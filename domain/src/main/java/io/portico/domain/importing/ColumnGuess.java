package io.portico.domain.importing;

import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A10: a first mapping from a file's header, reading the usual column names of a spreadsheet in the five
 * languages (and English exports): "E-mail", "Nome", "Cognome", "Nom", "Prénom", "Apellido"… Names compare
 * without capitals, accents, spaces or punctuation. A custom field is found by its own name. Each field is
 * taken by its first column only (addresses by every one); what is not recognised is left out.
 */
public final class ColumnGuess {

    private static final Map<ImportField, Set<String>> NAMES = Map.ofEntries(
            names(ImportField.TYPE, "type", "accounttype", "clienttype", "tipo", "tipocliente", "typedecompte", "typeclient", "tip",
                    "tipclient"),
            names(ImportField.ACCOUNT_NAME, "name", "account", "accountname", "client", "clientname", "cliente", "nomecliente",
                    "nomeaccount", "compte", "nomducompte", "nomclient", "cuenta", "nombrecliente", "numeclient", "cont"),
            names(ImportField.COMPANY_NAME, "company", "companyname", "organization", "organisation", "azienda", "ragionesociale",
                    "societa", "denominazione", "societe", "entreprise", "raisonsociale", "empresa", "compania", "razonsocial",
                    "companie", "firma", "societate", "denumire"),
            names(ImportField.COMPANY_STREET, "companyaddress", "companystreet", "indirizzoazienda", "sedelegale",
                    "adresseentreprise", "direccionempresa", "adresafirma"),
            names(ImportField.COMPANY_POSTAL_CODE, "companypostalcode", "companyzip", "capazienda", "codepostalentreprise",
                    "codigopostalempresa", "codpostalfirma"),
            names(ImportField.COMPANY_CITY, "companycity", "cittaazienda", "villeentreprise", "ciudadempresa", "orasfirma"),
            names(ImportField.COMPANY_REGION, "companyregion", "companystate", "provinciaazienda", "regionentreprise",
                    "regionempresa", "judetfirma"),
            names(ImportField.COMPANY_COUNTRY, "companycountry", "paeseazienda", "paysentreprise", "paisempresa", "tarafirma"),
            names(ImportField.FIRST_NAME, "firstname", "first", "givenname", "forename", "nome", "prenom", "nombre", "prenume"),
            names(ImportField.LAST_NAME, "lastname", "last", "surname", "familyname", "cognome", "nom", "nomdefamille",
                    "apellido", "apellidos", "nume", "numedefamilie"),
            names(ImportField.PHONE, "phone", "telephone", "phonenumber", "tel", "mobile", "cell", "telefono", "cellulare",
                    "portable", "movil", "celular", "telefon", "mobil"),
            names(ImportField.STREET, "address", "street", "streetaddress", "indirizzo", "via", "adresse", "rue", "direccion",
                    "calle", "domicilio", "adresa", "strada"),
            names(ImportField.POSTAL_CODE, "postalcode", "postcode", "zip", "zipcode", "cap", "codepostal", "codigopostal",
                    "codpostal"),
            names(ImportField.CITY, "city", "town", "citta", "comune", "localita", "ville", "ciudad", "localidad", "poblacion",
                    "oras", "localitate"),
            names(ImportField.REGION, "region", "state", "province", "county", "provincia", "regione", "departement",
                    "judet"),
            names(ImportField.COUNTRY, "country", "nation", "paese", "nazione", "pays", "pais", "tara"),
            names(ImportField.ACCOUNT_TAGS, "tags", "tag", "accounttags", "etichette", "etichetta", "etiquettes", "etiquette",
                    "etiquetas", "etiqueta", "etichete"),
            names(ImportField.CONTACT_TAGS, "contacttags", "etichettecontatto", "etiquettescontact", "etiquetascontacto",
                    "etichetecontact"),
            names(ImportField.LANGUAGE, "language", "lang", "lingua", "langue", "idioma", "lengua", "limba"));

    /** Beside these, any name that starts with one of them and ends in a number ("Email 2", "mail2"). */
    private static final Set<String> EMAIL_NAMES = Set.of("email", "mail", "emailaddress", "postaelettronica", "indirizzoemail",
            "courriel", "adresseemail", "correo", "correoelectronico", "adresaemail", "adresademail");

    private ColumnGuess() {
    }

    /** One target per header column; {@code fields} are the firm's custom fields of both scopes. */
    public static List<ColumnTarget> guess(List<String> header, List<CustomField> fields) {
        Set<ColumnTarget> taken = new HashSet<>();
        List<ColumnTarget> targets = new ArrayList<>();
        for (String column : header) {
            ColumnTarget target = recognised(normalised(column), fields).filter(t -> t.field().repeatable() || taken.add(t))
                    .orElse(ColumnTarget.IGNORED);
            targets.add(target);
        }
        return targets;
    }

    /** Lower case, accents, spaces and punctuation gone: "Prénom" and "prenom", "E-mail" and "email" are the same. */
    public static String normalised(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Optional<ColumnTarget> recognised(String name, List<CustomField> fields) {
        if (isEmail(name)) {
            return Optional.of(ColumnTarget.of(ImportField.EMAIL));
        }
        Optional<ColumnTarget> custom = fields.stream().filter(field -> normalised(field.name()).equals(name)).findFirst()
                .map(field -> ColumnTarget.custom(field.scope() == CustomFieldScope.ACCOUNT ? ImportField.ACCOUNT_CUSTOM_FIELD
                        : ImportField.CONTACT_CUSTOM_FIELD, field.id()));
        if (custom.isPresent()) {
            return custom;
        }
        return NAMES.entrySet().stream().filter(entry -> entry.getValue().contains(name)).map(entry -> ColumnTarget.of(entry.getKey()))
                .findFirst();
    }

    private static boolean isEmail(String name) {
        String stem = name.replaceAll("\\d+$", "");
        return EMAIL_NAMES.contains(stem);
    }

    private static Map.Entry<ImportField, Set<String>> names(ImportField field, String... names) {
        return Map.entry(field, Stream.of(names).collect(Collectors.toUnmodifiableSet()));
    }
}
