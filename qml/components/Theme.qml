pragma Singleton
import QtQuick

// Colours and sizes for a tablet in the sun, used with gloves: high contrast, large type,
// touch targets of at least 48 px (we use 56).
QtObject {
    readonly property color accent: "#0046ad"
    readonly property color background: "#ffffff"
    readonly property color danger: "#b00020"
    readonly property color divider: "#767676"
    readonly property int fontBody: 20
    readonly property int fontSmall: 17
    readonly property int fontTitle: 28
    readonly property color ok: "#006b2e"
    readonly property int spacing: 12
    readonly property color surface: "#f2f2f2"
    readonly property color text: "#000000"
    readonly property color textMuted: "#333333"
    readonly property color textOnAccent: "#ffffff"
    readonly property int touchTarget: 56
}
