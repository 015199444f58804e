package org.journeycanvas.render;

import java.util.EnumMap;
import java.util.Map;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.LaneKind;

/** The icon for each channel, lane kind and emotion score, as glyphs of the Material Design Icons font. */
public final class Icons {
    /** The icon font inside the Ikonli pack, for surfaces that load it themselves. */
    public static final String FONT_RESOURCE =
            "/META-INF/resources/materialdesignicons2/5.8.55/fonts/materialdesignicons-webfont.ttf";

    /*
     * Code points of the Material Design Icons font, named as Ikonli's MaterialDesign enums name them (IconsTest
     * checks each against its enum). Numbers, not the enums: those hold some seven thousand icons, and setting up the
     * twenty of them these come from cost the first frame a few hundredths of a second.
     */
    private static final int ACCOUNT_COG_OUTLINE = 0xF1371;
    private static final int ACCOUNT_GROUP = 0xF0849;
    private static final int ACCOUNT_TIE = 0xF0CE3;
    private static final int ALERT_OUTLINE = 0xF002A;
    private static final int BULLHORN = 0xF00E6;
    private static final int CALENDAR_STAR = 0xF09D3;
    private static final int CELLPHONE = 0xF011C;
    private static final int CHART_LINE = 0xF012A;
    private static final int CHAT_OUTLINE = 0xF0EDE;
    private static final int COG_OUTLINE = 0xF08BB;
    private static final int DATABASE_OUTLINE = 0xF1632;
    private static final int DOTS_HORIZONTAL = 0xF01D8;
    private static final int EMAIL_OUTLINE = 0xF01F0;
    private static final int EMOTICON_CRY_OUTLINE = 0xF0C6D;
    private static final int EMOTICON_EXCITED_OUTLINE = 0xF069C;
    private static final int EMOTICON_HAPPY_OUTLINE = 0xF01F5;
    private static final int EMOTICON_NEUTRAL_OUTLINE = 0xF01F6;
    private static final int EMOTICON_OUTLINE = 0xF01F2;
    private static final int EMOTICON_SAD_OUTLINE = 0xF01F8;
    private static final int GESTURE_TAP = 0xF0741;
    private static final int HANDSHAKE = 0xF1218;
    private static final int IMAGE_MULTIPLE_OUTLINE = 0xF02EF;
    private static final int IMAGE_OUTLINE = 0xF0976;
    private static final int LIFEBUOY = 0xF087E;
    private static final int LIGHTBULB_ON_OUTLINE = 0xF06E9;
    private static final int MAGNIFY = 0xF0349;
    private static final int MONITOR_SHARE = 0xF1483;
    private static final int NEWSPAPER_VARIANT_OUTLINE = 0xF1004;
    private static final int NOTE_TEXT_OUTLINE = 0xF11D7;
    private static final int PACKAGE_VARIANT = 0xF03D6;
    private static final int PHONE = 0xF03F2;
    private static final int PHONE_IN_TALK = 0xF03F6;
    private static final int PRESENTATION_PLAY = 0xF0429;
    private static final int RUN = 0xF070E;
    private static final int STAR_OUTLINE = 0xF04D2;
    private static final int STOREFRONT_OUTLINE = 0xF10C1;
    private static final int THOUGHT_BUBBLE_OUTLINE = 0xF07F7;
    private static final int WEB = 0xF059F;

    private static final Map<Channel, Integer> CHANNELS = new EnumMap<>(Map.ofEntries(
            Map.entry(Channel.WEBSITE, WEB),
            Map.entry(Channel.SEARCH, MAGNIFY),
            Map.entry(Channel.ADVERTISING, BULLHORN),
            Map.entry(Channel.SOCIAL, ACCOUNT_GROUP),
            Map.entry(Channel.EMAIL, EMAIL_OUTLINE),
            Map.entry(Channel.PHONE, PHONE),
            Map.entry(Channel.CHAT, CHAT_OUTLINE),
            Map.entry(Channel.IN_PERSON, HANDSHAKE),
            Map.entry(Channel.STORE, STOREFRONT_OUTLINE),
            Map.entry(Channel.EVENT, CALENDAR_STAR),
            Map.entry(Channel.WEBINAR, PRESENTATION_PLAY),
            Map.entry(Channel.SALES_CALL, PHONE_IN_TALK),
            Map.entry(Channel.DEMO, MONITOR_SHARE),
            Map.entry(Channel.APP, CELLPHONE),
            Map.entry(Channel.SUPPORT, LIFEBUOY),
            Map.entry(Channel.REVIEW_SITE, STAR_OUTLINE),
            Map.entry(Channel.PARTNER, ACCOUNT_TIE),
            Map.entry(Channel.PRINT, NEWSPAPER_VARIANT_OUTLINE),
            Map.entry(Channel.OTHER, DOTS_HORIZONTAL)));

    private static final Map<LaneKind, Integer> LANE_KINDS = new EnumMap<>(Map.ofEntries(
            Map.entry(LaneKind.STORYBOARD, IMAGE_MULTIPLE_OUTLINE),
            Map.entry(LaneKind.ACTIONS, RUN),
            Map.entry(LaneKind.TOUCHPOINTS, GESTURE_TAP),
            Map.entry(LaneKind.THOUGHTS, THOUGHT_BUBBLE_OUTLINE),
            Map.entry(LaneKind.EMOTIONS, EMOTICON_OUTLINE),
            Map.entry(LaneKind.PAIN_POINTS, ALERT_OUTLINE),
            Map.entry(LaneKind.OPPORTUNITIES, LIGHTBULB_ON_OUTLINE),
            Map.entry(LaneKind.METRICS, CHART_LINE),
            Map.entry(LaneKind.NOTES, NOTE_TEXT_OUTLINE),
            Map.entry(LaneKind.PHYSICAL_EVIDENCE, PACKAGE_VARIANT),
            Map.entry(LaneKind.FRONTSTAGE, STOREFRONT_OUTLINE),
            Map.entry(LaneKind.BACKSTAGE, ACCOUNT_COG_OUTLINE),
            Map.entry(LaneKind.SUPPORT_PROCESSES, COG_OUTLINE),
            Map.entry(LaneKind.SYSTEMS, DATABASE_OUTLINE)));

    private static final int[] SCORES = {
        EMOTICON_CRY_OUTLINE, EMOTICON_SAD_OUTLINE,
        EMOTICON_NEUTRAL_OUTLINE, EMOTICON_HAPPY_OUTLINE,
        EMOTICON_EXCITED_OUTLINE
    };

    private Icons() {}

    public static int channel(Channel channel) {
        return CHANNELS.get(channel);
    }

    public static int laneKind(LaneKind kind) {
        return LANE_KINDS.get(kind);
    }

    /** The face for an emotion score from -2 to +2. */
    public static int score(int score) {
        return SCORES[score + 2];
    }

    public static int stage() {
        return CALENDAR_STAR;
    }

    /** What an empty picture frame of a storyboard card shows. */
    public static int emptyPicture() {
        return IMAGE_OUTLINE;
    }
}
