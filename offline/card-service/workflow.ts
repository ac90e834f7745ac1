import { bool, compact, instance, JSON_OF } from './checks';
import type { CardJson } from './wire';

/**
 * The card parts that only Google Workspace Studio reads ("Only available for Google Workspace add-ons that extend
 * Google Workspace Studio"): a data source that lets a widget of a step's config card offer the flow's variables.
 * - card-service/host-app-data-source: setWorkflowDataSource(workflowDataSource) ("Sets the data source from
 *   Google Workspace Flows").
 * - card-service/workflow-data-source: setIncludeVariables(Boolean) ("Whether to include variables from the previous
 *   step in the data source"). setType, setVariableButtonLabel and setVariableButtonSize are not modelled (absent).
 * On the wire: HostAppDataSourceMarkup {workflowDataSource: WorkflowDataSourceMarkup {includeVariables, type}} on a
 * TextInput (`hostAppDataSource`), as the Chat API's card schema has it (googleapis chat_v1
 * GoogleAppsCardV1TextInput.hostAppDataSource: "Available for Google Workspace add-ons that extend Google Workspace
 * Studio"); card-schema.ts adds it to card.proto's TextInput, which predates it.
 */
export class WorkflowDataSource {
  #includeVariables?: boolean;
  setIncludeVariables(includeVariables: boolean): this {
    this.#includeVariables = bool('WorkflowDataSource.setIncludeVariables', includeVariables);
    return this;
  }
  [JSON_OF](): CardJson {
    return compact({ includeVariables: this.#includeVariables });
  }
}

export class HostAppDataSource {
  #workflow?: WorkflowDataSource;
  setWorkflowDataSource(workflowDataSource: WorkflowDataSource): this {
    this.#workflow = instance('HostAppDataSource.setWorkflowDataSource', workflowDataSource, WorkflowDataSource);
    return this;
  }
  [JSON_OF](): CardJson {
    return compact({ workflowDataSource: this.#workflow?.[JSON_OF]() });
  }
}
