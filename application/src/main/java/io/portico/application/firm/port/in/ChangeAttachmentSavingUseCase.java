package io.portico.application.firm.port.in;

/** D3: Settings → Firm, <i>Save attachments automatically</i>, turned on or off by an owner or admin. */
public interface ChangeAttachmentSavingUseCase {

    void change(ChangeAttachmentSavingCommand command);
}
