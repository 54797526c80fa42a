package vn.danvan.document.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.danvan.shared.VietnameseText;

/**
 * Finds the parts of a document's layout in its cleaned text (Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW): the issuer
 * block, "Số …", place and date, the type heading and title (or "V/v …"), "Kính gửi", the opening "Căn cứ …"
 * paragraphs, "Nơi nhận" and the signature. Works on lines and on the cells of a line (table pipes or wide gaps), so a
 * two-column header read row by row or column by column gives the same result. Only bounded windows of the text are
 * examined, apart from one pass over the line starts.
 */
final class Layout {

    private static final int HEADER_LINES = 45;
    private static final int MAX_LINE = 2000;
    private static final int SIGNATURE_LINES = 45;
    private static final String[] PREAMBLE = {"can cu", "thuc hien", "trien khai", "theo", "xet"};
    private static final String[] AUTHORITIES = {"TM.", "T/M", "T.M.", "TM ", "KT.", "K/T", "K.T.", "KT ", "TUQ.", "T/UQ",
            "T.U.Q.", "TUQ ", "TL.", "T/L", "T.L.", "TL ", "Q.", "Q "};
    private static final String[] TITLES = {"giam doc", "chu tich", "bi thu", "truong", "chanh", "thu truong", "tong giam doc",
            "hieu truong", "vien truong", "cuc truong", "vu truong", "bo truong", "thu tuong", "chu nhiem", "uy vien",
            "tong bien tap", "thuong truc", "ke toan truong", "chi cuc truong", "quyen"};
    private static final String[] ORGANISATIONS = {"Sở ", "Ủy ban", "Uỷ ban", "UBND", "Ban ", "Đảng ủy", "Đảng uỷ", "Phòng ",
            "Bộ ", "Cục ", "Chi cục", "Trường ", "Hội ", "Đoàn ", "Công đoàn", "Mặt trận", "Tỉnh ủy", "Huyện ủy", "Thành ủy",
            "Văn phòng", "Thanh tra", "Trung tâm", "Viện ", "Chi bộ", "Đảng bộ", "Tổng cục", "Kho bạc", "Công an", "Liên đoàn",
            "Hội đồng", "Bảo hiểm", "Bệnh viện"};
    private static final String[] ACTIONS = {"xây dựng", "ban hành", "triển khai", "thông báo", "hướng dẫn", "đề nghị",
            "nhận được", "tổ chức", "báo cáo", "yêu cầu", "chỉ đạo", "lập", "kính gửi", "phát động", "quyết định"};

    /** A piece of a line: the whole line, or one cell of a table row or of a two-column header. */
    record Cell(String text, int start, int line) {
    }

    private final String text;
    private final int[] lineStarts;
    private final int lineCount;

    DocumentSymbol symbol;
    String codes;
    boolean party;
    boolean motto;
    String typeCode;
    String typeName;
    String issuer;
    String place;
    LocalDate issuedOn;
    boolean placeDateFound;
    String title;
    int titleStart = -1;
    int titleEnd = -1;
    int preambleStart = -1;
    int preambleEnd = -1;
    int numberStart = -1;
    int numberEnd = -1;
    String signer;
    String signingAuthority;
    String signerTitle;
    final List<String> recipients = new ArrayList<>();

    private int headingLine = -1;
    private int bodyLine;

    Layout(String text) {
        this.text = text;
        int[] starts = new int[64];
        int count = 0;
        int at = 0;
        while (at <= text.length()) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = at;
            int next = text.indexOf('\n', at);
            if (next < 0) {
                break;
            }
            at = next + 1;
        }
        this.lineStarts = starts;
        this.lineCount = count;
        header();
        preamble();
        if (issuer == null) {
            issuer = issuerFromBody();
        }
        signature();
    }

    boolean formal() {
        return symbol != null || codes != null || motto || headingLine >= 0 && (placeDateFound || signer != null || signerTitle != null);
    }

    // --- lines and cells ------------------------------------------------------------------------------------------

    private String line(int index) {
        int start = lineStarts[index];
        int end = index + 1 < lineCount ? lineStarts[index + 1] - 1 : text.length();
        return text.substring(start, Math.min(end, start + MAX_LINE));
    }

    private List<Cell> cells(int index) {
        String line = line(index);
        int offset = lineStarts[index];
        List<Cell> cells = new ArrayList<>(2);
        int from = 0;
        int i = 0;
        while (i <= line.length()) {
            boolean end = i == line.length();
            int gap = 0;
            if (!end) {
                char c = line.charAt(i);
                if (c == '|') {
                    gap = 1;
                } else if (c == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
                    gap = 2;
                }
            }
            if (end || gap > 0) {
                addCell(cells, line, from, i, offset, index);
                from = i + Math.max(gap, 1);
                i = from;
                continue;
            }
            i++;
        }
        return cells;
    }

    private static void addCell(List<Cell> cells, String line, int from, int to, int offset, int index) {
        int a = from;
        int b = to;
        while (a < b && (Character.isWhitespace(line.charAt(a)) || line.charAt(a) == '#' || line.charAt(a) == '>')) {
            a++;
        }
        while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            cells.add(new Cell(line.substring(a, b), offset + a, index));
        }
    }

    private static boolean isSeparator(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isLetterOrDigit(c) && c != 'o' && c != 'O' && c != '0') {
                return false;
            }
        }
        return true;
    }

    private static String folded(String cell, int max) {
        return VietnameseText.fold(cell.length() > max ? cell.substring(0, max) : cell);
    }

    private static boolean startsWithAny(String folded, String... prefixes) {
        for (String prefix : prefixes) {
            if (folded.startsWith(prefix) && (folded.length() == prefix.length() || !Character.isLetter(folded.charAt(prefix.length())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMotto(String folded) {
        return folded.startsWith("cong hoa xa hoi chu nghia") || folded.startsWith("doc lap") && folded.contains("tu do")
                || folded.startsWith("dang cong san viet nam");
    }

    private static boolean isUrgency(String folded) {
        return folded.equals("mat") || folded.equals("toi mat") || folded.equals("tuyet mat") || folded.equals("khan")
                || folded.equals("thuong khan") || folded.equals("hoa toc") || folded.startsWith("du thao") || folded.startsWith("(du thao");
    }

    // --- header -------------------------------------------------------------------------------------------------

    private void header() {
        List<Cell> issuerCells = new ArrayList<>();
        int lines = 0;
        int lastHeaderLine = -1;
        int vvLine = -1;
        for (int index = 0; index < lineCount && lines < HEADER_LINES && lineStarts[index] < 40_000; index++) {
            List<Cell> cells = cells(index);
            if (cells.isEmpty()) {
                continue;
            }
            lines++;
            if (headingLine >= 0 || vvLine >= 0) {
                break;
            }
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                String folded = folded(cell.text(), 60);
                if (isSeparator(cell.text())) {
                    continue;
                }
                if (isMotto(folded)) {
                    motto = true;
                    party |= folded.startsWith("dang cong san");
                    lastHeaderLine = index;
                    continue;
                }
                if (symbol == null && codes == null && number(cell)) {
                    lastHeaderLine = index;
                    continue;
                }
                if (!placeDateFound && placeDate(cell.text())) {
                    lastHeaderLine = index;
                    continue;
                }
                if (c == 0 && folded.startsWith("v/v") || c == 0 && folded.startsWith("ve viec") && symbol != null) {
                    vvLine = index;
                    titleFrom(index, cell);
                    break;
                }
                String[] heading = Names.mostlyUpperCase(cell.text()) ? DocumentTypes.heading(cell.text()) : null;
                if (heading != null && c == 0) {
                    headingLine = index;
                    typeCode = heading[1];
                    typeName = DocumentTypes.name(heading[1], party);
                    String rest = restAfterHeading(cell.text(), heading[0]);
                    titleFrom(index, rest.isEmpty() ? null : new Cell(rest, cell.start() + cell.text().length() - rest.length(), index));
                    break;
                }
                if (symbol == null && codes == null && !placeDateFound && Names.mostlyUpperCase(cell.text()) && !isUrgency(folded)
                        && cell.text().length() <= 150) {
                    issuerCells.add(cell);
                }
            }
        }
        if (lastHeaderLine < 0 && headingLine < 0 && vvLine < 0) {
            issuerCells.clear();
        }
        issuer = issuerFrom(issuerCells);
        if (typeName == null && vvLine >= 0) {
            typeName = "Công văn";
        }
        String codeType = symbol != null ? symbol.typeCode() : codeTypeOf(codes);
        if (typeCode == null && codeType != null) {
            typeCode = codeType;
        }
        if (typeName == null && codeType != null) {
            typeName = DocumentTypes.name(codeType, party);
        }
        bodyLine = Math.max(lastHeaderLine + 1, titleEnd >= 0 ? lineOf(titleEnd) + 1 : 0);
        if (headingLine >= 0) {
            bodyLine = Math.max(bodyLine, headingLine + 1);
        }
    }

    private String codeTypeOf(String codes) {
        if (codes == null) {
            return null;
        }
        return DocumentSymbol.parse("0" + (party ? "-" : "/") + codes).map(DocumentSymbol::typeCode).orElse(null);
    }

    private static String restAfterHeading(String cell, String words) {
        int count = words.split(" ").length;
        int i = 0;
        for (int w = 0; w < count && i < cell.length(); w++) {
            while (i < cell.length() && cell.charAt(i) == ' ') {
                i++;
            }
            while (i < cell.length() && cell.charAt(i) != ' ') {
                i++;
            }
        }
        String rest = cell.substring(i).strip();
        while (!rest.isEmpty() && (rest.charAt(0) == ':' || rest.charAt(0) == '-' || rest.charAt(0) == '–')) {
            rest = rest.substring(1).strip();
        }
        return rest;
    }

    /** "Số: 22 /KH-LĐTBXH", "Số 84 - CV/ĐU", "Số: /KH-SLĐTBXH" (number left blank). */
    private boolean number(Cell cell) {
        String s = cell.text();
        int i = 0;
        while (i < s.length() && i < 3 && Character.isLetter(s.charAt(i))) {
            i++;
        }
        String word = s.substring(0, i);
        if (!(word.equals("Số") || word.equals("SỐ") || word.equals("So") || word.equals("số") || word.equals("S") && i < s.length()
                && SymbolReader.isDigit(s.charAt(i)))) {
            return false;
        }
        int j = i;
        while (j < s.length() && j - i < 40 && (s.charAt(j) == ' ' || s.charAt(j) == ':' || s.charAt(j) == '.' || s.charAt(j) == '…'
                || s.charAt(j) == '_')) {
            j++;
        }
        if (j >= s.length()) {
            return false;
        }
        char c = s.charAt(j);
        if (SymbolReader.isDigit(c)) {
            SymbolReader.Match match = SymbolReader.read(s, j, s.length());
            if (match == null) {
                return false;
            }
            symbol = match.symbol();
            party = symbol.party();
            codes = symbol.codes();
            numberStart = cell.start() + j;
            numberEnd = cell.start() + match.end();
            restOfCell(cell, match.end());
            return true;
        }
        if (c == '/' || SymbolReader.isDash(c)) {
            SymbolReader.Match match = SymbolReader.read("0" + s.substring(j), 0, s.length() - j + 1);
            if (match == null) {
                return false;
            }
            party = match.symbol().party();
            codes = match.symbol().codes();
            restOfCell(cell, j + match.end() - 1);
            return true;
        }
        return false;
    }

    /** Whatever shares the cell with the number on a single-spaced line ("Số: 12/KH-UBND Hà Nội, ngày …"). */
    private void restOfCell(Cell cell, int end) {
        String rest = cell.text().substring(Math.min(end, cell.text().length())).strip();
        if (!rest.isEmpty() && !placeDateFound) {
            placeDate(rest);
        }
    }

    /** "Đồng Nai, ngày 29 tháng 02 năm 2016", "Hà Tĩnh, ngày tháng năm 2024", "Hà Nội, 06/6/2014". */
    private boolean placeDate(String cell) {
        if (cell.length() > 90) {
            return false;
        }
        int comma = cell.indexOf(',');
        int dateAt;
        String placeText;
        if (comma > 0 && comma < 45) {
            placeText = cell.substring(0, comma);
            dateAt = comma + 1;
            while (dateAt < cell.length() && cell.charAt(dateAt) == ' ') {
                dateAt++;
            }
        } else {
            int ngay = cell.indexOf("ngày");
            if (ngay <= 0 || ngay > 45) {
                return false;
            }
            placeText = cell.substring(0, ngay);
            dateAt = ngay;
        }
        placeText = placeText.strip();
        if (!plausiblePlace(placeText)) {
            return false;
        }
        DateReader.Found found = DateReader.read(cell, dateAt, cell.length());
        boolean blank = found == null && DateReader.blankHeaderDate(cell, dateAt, cell.length());
        if (found == null && !blank) {
            return false;
        }
        place = placeText;
        issuedOn = found == null ? null : found.date();
        placeDateFound = true;
        return true;
    }

    private static boolean plausiblePlace(String place) {
        if (place.isEmpty() || place.length() > 40 || !Character.isUpperCase(place.charAt(0))) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (Character.isDigit(c) || c == ':' || c == ';' || c == '(' || c == '/') {
                return false;
            }
            if (c == ' ') {
                words++;
            }
        }
        return words <= 6 && !VietnameseText.fold(place).startsWith("so ");
    }

    /** The title: the rest of the heading line and the following lines up to a blank line or the body. */
    private void titleFrom(int index, Cell first) {
        StringBuilder title = new StringBuilder();
        int start = -1;
        int end = -1;
        if (first != null) {
            title.append(first.text());
            start = first.start();
            end = first.start() + first.text().length();
        }
        int taken = first == null ? 0 : 1;
        for (int next = index + 1; next < lineCount && next <= index + 12 && taken < 6; next++) {
            List<Cell> cells = cells(next);
            if (cells.isEmpty()) {
                if (taken > 0) {
                    break;
                }
                continue;
            }
            Cell cell = cells.get(0);
            String folded = folded(cell.text(), 40);
            if (isSeparator(cell.text()) || title.length() > 700) {
                if (taken > 0) {
                    break;
                }
                continue;
            }
            boolean upper = Names.mostlyUpperCase(cell.text());
            if (taken > 0 && (startsWithAny(folded, PREAMBLE) || folded.startsWith("kinh gui") || upper != Names.mostlyUpperCase(title.toString())
                    || folded.startsWith("dieu ") || folded.matches("^[ivx]+\\..*"))) {
                break;
            }
            if (taken == 0 && (folded.startsWith("kinh gui") || startsWithAny(folded, "can cu"))) {
                break;
            }
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(cell.text());
            if (start < 0) {
                start = cell.start();
            }
            end = cell.start() + cell.text().length();
            taken++;
        }
        if (title.length() == 0) {
            return;
        }
        String value = VietnameseText.clean(title.toString());
        this.title = Names.mostlyUpperCase(value) ? sentenceCase(value) : value;
        titleStart = start;
        titleEnd = end;
    }

    private static String sentenceCase(String upper) {
        String[] words = upper.split(" ");
        StringBuilder out = new StringBuilder(upper.length());
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean keep = word.chars().anyMatch(Character::isDigit) || word.contains("/") || word.length() <= 5 && !hasVowel(word);
            String lower = keep ? word : word.toLowerCase(VietnameseText.VIETNAMESE);
            out.append(out.length() == 0 && !keep ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower);
        }
        return out.toString();
    }

    private static boolean hasVowel(String word) {
        String folded = VietnameseText.fold(word);
        for (int i = 0; i < folded.length(); i++) {
            if ("aeiouy".indexOf(folded.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private int lineOf(int offset) {
        int low = 0;
        int high = lineCount - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** The issuer is the last body of the issuer block; a line starting with a place or "VÀ" continues the one above. */
    private static String issuerFrom(List<Cell> cells) {
        List<String> bodies = new ArrayList<>();
        for (Cell cell : cells) {
            String value = cell.text().replace("*", "").strip();
            if (value.isEmpty()) {
                continue;
            }
            String folded = VietnameseText.fold(value);
            boolean continues = !bodies.isEmpty() && (startsWithAny(folded, "va", "tinh", "thanh pho", "huyen", "quan", "thi xa", "xa",
                    "phuong", "thi tran", "khoa") && !folded.startsWith("tinh uy") && !folded.startsWith("huyen uy")
                    || value.startsWith("&") || value.startsWith("-") || value.startsWith("–")
                    || endsWithJoin(bodies.get(bodies.size() - 1)));
            if (continues) {
                bodies.set(bodies.size() - 1, bodies.get(bodies.size() - 1) + " " + value);
            } else {
                bodies.add(value);
            }
        }
        if (bodies.isEmpty()) {
            return null;
        }
        return Names.properCase(VietnameseText.clean(bodies.get(bodies.size() - 1)));
    }

    private static boolean endsWithJoin(String value) {
        String folded = VietnameseText.fold(value);
        return folded.endsWith(" va") || value.endsWith("-") || value.endsWith("–") || value.endsWith(",") || value.endsWith("&");
    }

    // --- opening paragraphs -------------------------------------------------------------------------------------

    /** The "Căn cứ …" / "Thực hiện …" paragraphs after the title (and "Kính gửi"), up to the first other paragraph. */
    private void preamble() {
        int index = bodyLine;
        int scanned = 0;
        boolean inRecipients = false;
        boolean previousOpen = false;
        for (; index < lineCount && scanned < 200; index++) {
            List<Cell> cells = cells(index);
            if (cells.isEmpty()) {
                previousOpen = false;
                continue;
            }
            scanned++;
            Cell cell = cells.get(0);
            String folded = folded(cell.text(), 40);
            if (folded.startsWith("kinh gui")) {
                inRecipients = true;
                int colon = cell.text().indexOf(':');
                if (colon > 0 && colon + 1 < cell.text().length()) {
                    addRecipient(cell.text().substring(colon + 1));
                }
                continue;
            }
            if (inRecipients && isBullet(cell.text())) {
                addRecipient(cell.text());
                continue;
            }
            inRecipients = false;
            if (preambleStart < 0 && (isSeparator(cell.text()) || Names.mostlyUpperCase(cell.text()) && cell.text().length() <= 120)) {
                continue;
            }
            boolean marker = startsWithAny(folded, PREAMBLE);
            boolean continuation = previousOpen && !cell.text().isEmpty() && Character.isLowerCase(cell.text().charAt(0));
            if (marker || continuation) {
                if (preambleStart < 0) {
                    preambleStart = lineStarts[index];
                }
                int lineEnd = index + 1 < lineCount ? lineStarts[index + 1] - 1 : text.length();
                preambleEnd = lineEnd;
                String line = line(index).strip();
                char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
                previousOpen = last != '.' && last != ';' && last != ':';
                continue;
            }
            break;
        }
        if (preambleStart < 0) {
            preambleStart = preambleEnd = -1;
        }
    }

    /** "Sở Lao động – Thương binh và Xã hội tỉnh Đồng Nai xây dựng Kế hoạch …" in the opening paragraphs. */
    private String issuerFromBody() {
        int from = lineStarts[Math.min(bodyLine, lineCount - 1)];
        int to = Math.min(text.length(), from + 4000);
        String window = text.substring(from, to);
        for (int i = 0; i < window.length(); i++) {
            if (i > 0) {
                char before = window.charAt(i - 1);
                boolean clauseStart = before == '\n' || before == ' ' && i > 1 && (window.charAt(i - 2) == ',' || window.charAt(i - 2) == ';');
                if (!clauseStart) {
                    continue;
                }
            }
            for (String organisation : ORGANISATIONS) {
                if (window.startsWith(organisation, i)) {
                    String found = organisationUpToAction(window, i);
                    if (found != null) {
                        return Names.repairAgency(VietnameseText.clean(found));
                    }
                }
            }
        }
        return null;
    }

    private static String organisationUpToAction(String window, int start) {
        int i = start;
        int words = 0;
        while (i < window.length() && words < 18) {
            int wordEnd = i;
            while (wordEnd < window.length() && window.charAt(wordEnd) != ' ' && window.charAt(wordEnd) != '\n') {
                wordEnd++;
            }
            String word = window.substring(i, wordEnd);
            if (word.indexOf(',') >= 0 || word.indexOf(';') >= 0 || word.indexOf('.') >= 0 || word.chars().anyMatch(Character::isDigit)) {
                return null;
            }
            if (words >= 1) {
                for (String action : ACTIONS) {
                    if (window.startsWith(action, i) && (i + action.length() == window.length() || !Character.isLetter(window.charAt(i + action.length())))) {
                        return window.substring(start, i).strip();
                    }
                }
            }
            if (wordEnd >= window.length() || window.charAt(wordEnd) == '\n') {
                return null;
            }
            i = wordEnd + 1;
            words++;
        }
        return null;
    }

    // --- signature and recipients -------------------------------------------------------------------------------

    private void signature() {
        int recipientsLine = -1;
        int endMarkLine = -1;
        int authorityLine = -1;
        for (int index = bodyLine; index < lineCount; index++) {
            int start = lineStarts[index];
            int end = index + 1 < lineCount ? lineStarts[index + 1] - 1 : text.length();
            if (end - start < 1) {
                continue;
            }
            if (endMarkLine < 0 && endsWithEndMark(start, end)) {
                endMarkLine = index;
            }
            if (lineContainsRecipientsLabel(start, end)) {
                recipientsLine = index;
                break;
            }
            if (authorityLine < 0 && authorityAt(start, end) != null) {
                authorityLine = index;
            }
        }
        int zone;
        if (recipientsLine >= 0) {
            zone = endMarkLine >= 0 && endMarkLine < recipientsLine && recipientsLine - endMarkLine <= 15 ? endMarkLine + 1 : recipientsLine;
        } else if (endMarkLine >= 0) {
            zone = endMarkLine + 1;
        } else if (authorityLine >= 0) {
            zone = authorityLine;
        } else {
            return;
        }
        readSignature(zone);
    }

    /** "Nơi nhận" at the start of the line or of one of its cells. */
    private boolean lineContainsRecipientsLabel(int start, int end) {
        int limit = Math.min(end, start + MAX_LINE);
        for (int at = start; at + 8 <= limit; at++) {
            char c = text.charAt(at);
            if ((c == 'N' || c == 'n') && (at == start || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && VietnameseText.fold(text.substring(at, at + 8)).equals("noi nhan") && cellStart(start, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether only decoration precedes {@code at} in its line, or a cell boundary (a pipe or a wide gap). */
    private boolean cellStart(int lineStart, int at) {
        if (at >= lineStart + 2 && (text.charAt(at - 1) == '|' || text.charAt(at - 2) == '|'
                || text.charAt(at - 1) == ' ' && text.charAt(at - 2) == ' ')) {
            return true;
        }
        for (int i = lineStart; i < at; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean endsWithEndMark(int start, int end) {
        int i = end;
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i - start >= 3 && text.startsWith("./.", i - 3) || i - start >= 4 && text.startsWith("./.", i - 4);
    }

    private String authorityAt(int start, int end) {
        String line = text.substring(start, Math.min(end, start + 120)).strip();
        for (String cell : line.split("\\|| {2,}")) {
            String authority = authority(cell.strip());
            if (authority != null) {
                return authority;
            }
        }
        return null;
    }

    /** "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", "T/M ĐẢNG ỦY" → "TM.", "KT.", …; null when the cell is not one. */
    private static String authority(String cell) {
        for (String prefix : AUTHORITIES) {
            if (cell.startsWith(prefix)) {
                String rest = cell.substring(prefix.length()).strip();
                if (!rest.isEmpty() && Names.mostlyUpperCase(rest) && Character.isLetter(rest.charAt(0))) {
                    String letters = prefix.replace(".", "").replace("/", "").strip();
                    return letters + ".";
                }
            }
        }
        return null;
    }

    private void readSignature(int zone) {
        boolean inRecipients = false;
        boolean afterRecipients = false;
        boolean expectTitle = false;
        int end = Math.min(lineCount, zone + SIGNATURE_LINES);
        for (int index = zone; index < end; index++) {
            for (Cell cell : cells(index)) {
                String value = cell.text().replace("*", "").strip();
                if (value.isEmpty() || isSeparator(value)) {
                    continue;
                }
                String folded = folded(value, 40);
                if (folded.startsWith("noi nhan")) {
                    inRecipients = true;
                    int colon = value.indexOf(':');
                    if (colon > 0 && colon + 1 < value.length()) {
                        addRecipient(value.substring(colon + 1));
                    }
                    continue;
                }
                if (inRecipients && (isBullet(value) || value.endsWith(";"))) {
                    addRecipient(value);
                    continue;
                }
                if (inRecipients) {
                    inRecipients = false;
                    afterRecipients = true;
                }
                String authority = signingAuthority == null && signer == null ? authority(value) : null;
                if (authority != null) {
                    signingAuthority = authority;
                    expectTitle = true;
                    continue;
                }
                if (signer == null && signerTitle == null && Names.mostlyUpperCase(value) && value.length() <= 60
                        && (expectTitle || startsWithAny(folded, TITLES) || folded.startsWith("pho "))) {
                    signerTitle = Names.properCase(value);
                    expectTitle = false;
                    continue;
                }
                if (signer == null && (signingAuthority != null || signerTitle != null || afterRecipients) && Names.isPersonName(value)) {
                    signer = Names.mostlyUpperCase(value) ? Names.personName(value) : VietnameseText.clean(value);
                    return;
                }
            }
        }
    }

    private static boolean isBullet(String value) {
        char c = value.charAt(0);
        return c == '-' || c == '+' || c == '•' || c == '–' || c == '·' || c == '−';
    }

    private void addRecipient(String raw) {
        String value = raw.strip();
        while (!value.isEmpty() && (isBullet(value) || value.charAt(0) == ' ')) {
            value = value.substring(1).strip();
        }
        while (!value.isEmpty() && ";,.".indexOf(value.charAt(value.length() - 1)) >= 0) {
            value = value.substring(0, value.length() - 1).strip();
        }
        String folded = VietnameseText.fold(value);
        if (value.isEmpty() || folded.startsWith("luu") || folded.startsWith("nhu tren") || folded.startsWith("nhu kinh gui")
                || recipients.size() >= 60) {
            return;
        }
        recipients.add(VietnameseText.clean(value));
    }
}
