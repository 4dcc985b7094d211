import QtQuick
import QtTest
import Outfall
import Outfall.Models

// Each signed record of the inspection shows its state with an icon and words, and a tap
// opens its proof: the numbers of the receipt and what the tablet checked.
TestCase {
    id: test
    function recordId(list, row) {
        return list.model.data(list.model.index(row, 0), EvidenceRecordListModel.RecordIdRole);
    }
    function test_aLoggedRecordShowsItsStateAndProof() {
        const list = createTemporaryObject(listComponent, test);
        verify(list);
        tryVerify(() => list.count >= 1);
        compare(list.model.loggedCount, 1);
        const id = recordId(list, 0);
        const row = findChild(list, "record_" + id);
        verify(row, "no row for " + id);
        verify(row.height >= Theme.touchTarget);
        const icon = findChild(row, "stateIcon");
        compare(String(icon.color), String(Theme.ok));
        const words = findChild(row, "stateText");
        compare(words.text, list.model.data(list.model.index(0, 0), EvidenceRecordListModel.StateTextRole));
        verify(words.text.length > 0);
        const spy = createTemporaryObject(spyComponent, test, {
                "target": list
            });
        mouseClick(row);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], id);
        const view = createTemporaryObject(proofComponent, test);
        view.show(id);
        tryVerify(() => view.opened);
        compare(view.proof.state, "logged");
        compare(findChild(view, "leafIndex").text, "0");
        compare(findChild(view, "treeSize").text, "1");
        compare(findChild(view, "recordHash").text.length, 64);
        verify(view.proof.serverSignatureOk);
        verify(view.proof.inclusionOk);
        compare(String(findChild(view, "serverSignature").color), String(Theme.ok));
        mouseClick(findChild(view, "closeProof"));
        tryVerify(() => !view.opened);
    }
    // Signed only and logged look different, not only in words.
    function test_theTwoStatesHaveTheirOwnIcons() {
        const signedOnly = createTemporaryObject(badgeComponent, test, {
                "recordState": "signed",
                "text": "signed"
            });
        const logged = createTemporaryObject(badgeComponent, test, {
                "recordState": "logged",
                "text": "logged"
            });
        const a = findChild(signedOnly, "stateIcon");
        const b = findChild(logged, "stateIcon");
        verify(String(a.color) !== String(b.color));
        verify(String(a.border.color) !== String(b.border.color));
    }

    height: 800
    name: "EvidenceRecords"
    visible: true
    when: windowShown
    width: 1000

    InspectionController {
        id: controller
        permitId: "permit-1"
    }
    Component {
        id: listComponent
        EvidenceRecordList {
            height: 600
            inspectionId: controller.inspectionId
            width: 900
        }
    }
    Component {
        id: proofComponent
        EvidenceProofView {
            height: 800
            width: 1000
        }
    }
    Component {
        id: badgeComponent
        EvidenceStateBadge {
        }
    }
    Component {
        id: spyComponent
        SignalSpy {
            signalName: "proofRequested"
        }
    }
}
