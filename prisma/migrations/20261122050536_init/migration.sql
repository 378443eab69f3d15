-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EMPLOYER', 'JOBSEEKER', 'ACCOUNT_MANAGER', 'JOB_MEDIATOR', 'REGIONAL_STAFF', 'ADMIN');

-- CreateEnum
CREATE TYPE "EmployerSegment" AS ENUM ('MKB', 'LARGE', 'SOCIAL_CHALLENGE', 'GOVERNMENT');

-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "ContractType" AS ENUM ('PERMANENT', 'TEMPORARY', 'AGENCY', 'BBL', 'WORK_EXPERIENCE', 'TRIAL_PLACEMENT');

-- CreateEnum
CREATE TYPE "VacancyStatus" AS ENUM ('RECEIVED', 'IN_PROGRESS', 'CANDIDATES_PROPOSED', 'FILLED', 'CLOSED');

-- CreateEnum
CREATE TYPE "AdviceKind" AS ENUM ('INSTRUMENT_INFORMATION', 'INSTRUMENT_ADVICE', 'JOB_CARVING', 'LABOUR_MARKET_INFORMATION');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('PHONE', 'EMAIL', 'VISIT', 'VIDEO', 'EVENT', 'OTHER');

-- CreateEnum
CREATE TYPE "QuestionTopic" AS ENUM ('FIND_STAFF', 'INSTRUMENTS_SUBSIDIES', 'REINTEGRATION', 'EMPLOYMENT_LAW', 'JOB_AGREEMENT', 'LABOUR_MIGRATION', 'ORGANISE_WORK', 'DEVELOPMENT_TRAINING', 'REORGANISATION');

-- CreateEnum
CREATE TYPE "SlotStatus" AS ENUM ('FREE', 'BOOKED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('NONE', 'PRIMARY', 'VMBO', 'MBO1', 'MBO2', 'MBO3', 'MBO4', 'HAVO_VWO', 'HBO', 'WO');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('SHARE_WITH_PARTNERS', 'SHARE_WITH_EMPLOYER', 'SHARE_WITH_PARTNER_ON_HANDOVER');

-- CreateEnum
CREATE TYPE "HelpQuestion" AS ENUM ('FIND_WORK', 'OTHER_WORK', 'LEARNING_CAREER', 'UNDER_27', 'BENEFIT_WW', 'BENEFIT_WIA', 'BENEFIT_WAJONG', 'BENEFIT_PARTICIPATION', 'NO_BENEFIT');

-- CreateEnum
CREATE TYPE "HelpRequestStatus" AS ENUM ('ROUTED', 'ACCEPTED', 'ESCALATED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('AWAITING_CONSENT', 'CONSENT_DECLINED', 'PROPOSED', 'INVITED', 'DECLINED', 'INTERVIEW_POSITIVE', 'INTERVIEW_NEGATIVE', 'PLACED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DeclineReason" AS ENUM ('SKILLS', 'AVAILABILITY', 'HOURS', 'DISTANCE', 'FILLED_OTHERWISE', 'OTHER');

-- CreateEnum
CREATE TYPE "TrialOutcome" AS ENUM ('COMPLETED', 'STOPPED_EARLY', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "InstrumentApplicationStatus" AS ENUM ('REQUESTED', 'GRANTED', 'REJECTED', 'ENDED');

-- CreateEnum
CREATE TYPE "AftercareSide" AS ENUM ('EMPLOYEE', 'EMPLOYER');

-- CreateEnum
CREATE TYPE "HandoverStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REFUSED', 'BOUNCED');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('JOB_FAIR', 'SPEED_DATE', 'MEET_AND_GREET', 'THEME_SESSION');

-- CreateEnum
CREATE TYPE "EventAudience" AS ENUM ('EMPLOYERS', 'RESIDENTS', 'BOTH');

-- CreateEnum
CREATE TYPE "SroiDeliveryType" AS ENUM ('JOB', 'WORK_EXPERIENCE_PLACE', 'INTERNSHIP', 'TRAINING', 'SOCIAL_ENTERPRISE_PURCHASE');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('REPORTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "TrafficLight" AS ENUM ('GREEN', 'ORANGE', 'RED', 'DONE');

-- CreateEnum
CREATE TYPE "LearningOfferKind" AS ENUM ('DEVELOPMENT_PATH', 'LEARN_WORK_TRAJECTORY', 'BBL_PLACE');

-- CreateEnum
CREATE TYPE "DeletionRequestStatus" AS ENUM ('REQUESTED', 'COMPLETED', 'REFUSED');

-- CreateTable
CREATE TABLE "WorkArea" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "WorkArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "workAreaId" TEXT NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "PartnerOrganisation" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "PartnerOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OccupationClass" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "OccupationClass_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Skill" (
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "occupationClassCode" TEXT,
    "escoUri" TEXT,
    "competentNlCode" TEXT,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Instrument" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "providers" TEXT[],
    "executedBy" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "forWhom" TEXT NOT NULL,
    "conditions" TEXT,
    "typicalDuration" TEXT,
    "needs" TEXT[],
    "checkedOn" DATE NOT NULL,

    CONSTRAINT "Instrument_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "TargetGroup" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "TargetGroup_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "WorkReadinessRule" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "employeeSkills" TEXT[],
    "lifeDomains" TEXT[],
    "minEmployeeSkillScore" INTEGER NOT NULL DEFAULT 3,
    "maxEmployeeSkillsBelow" INTEGER NOT NULL DEFAULT 2,
    "lowestAllowedBelowScore" INTEGER NOT NULL DEFAULT 2,
    "blockingLifeDomainScore" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkReadinessRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingRule" (
    "id" TEXT NOT NULL,
    "question" "HelpQuestion" NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 100,
    "maxAge" INTEGER,
    "partnerOrganisationId" TEXT NOT NULL,
    "team" TEXT NOT NULL,
    "normWorkingDays" INTEGER NOT NULL DEFAULT 5,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "RoutingRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "phone" TEXT,
    "photoUrl" TEXT,
    "jobTitle" TEXT,
    "focusAreas" TEXT[],
    "partnerOrganisationId" TEXT,
    "organisationId" TEXT,
    "disabledAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserWorkArea" (
    "userId" TEXT NOT NULL,
    "workAreaId" TEXT NOT NULL,

    CONSTRAINT "UserWorkArea_pkey" PRIMARY KEY ("userId","workAreaId")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "accountKey" TEXT NOT NULL,
    "ipKey" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" "Role",
    "actorOrganisation" TEXT,
    "candidateId" TEXT,
    "action" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "entity" TEXT,
    "entityId" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "kvkNumber" CHAR(8) NOT NULL,
    "legalName" TEXT NOT NULL,
    "tradeName" TEXT,
    "street" TEXT NOT NULL,
    "houseNumber" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "municipalityCode" TEXT,
    "outsideRegion" BOOLEAN NOT NULL DEFAULT false,
    "segment" "EmployerSegment" NOT NULL DEFAULT 'MKB',
    "sector" TEXT,
    "size" INTEGER,
    "inclusiveEmployer" BOOLEAN NOT NULL DEFAULT false,
    "preferredSupplier" BOOLEAN NOT NULL DEFAULT false,
    "sbbRecognised" BOOLEAN NOT NULL DEFAULT false,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "ownerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationJoinRequest" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationJoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OwnershipTransfer" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT,
    "candidateId" TEXT,
    "fromUserId" TEXT NOT NULL,
    "toUserId" TEXT NOT NULL,
    "byUserId" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OwnershipTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vacancy" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "occupationClassCode" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "hoursPerWeek" INTEGER NOT NULL,
    "workAreaId" TEXT,
    "location" TEXT NOT NULL,
    "contractType" "ContractType" NOT NULL,
    "trialPlacementWelcome" BOOLEAN NOT NULL DEFAULT false,
    "startDate" DATE,
    "openToDistance" BOOLEAN NOT NULL DEFAULT false,
    "wantsJobCarvingAdvice" BOOLEAN NOT NULL DEFAULT false,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "status" "VacancyStatus" NOT NULL DEFAULT 'RECEIVED',
    "closedReason" TEXT,
    "submissionKey" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vacancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VacancySkill" (
    "vacancyId" TEXT NOT NULL,
    "skillCode" TEXT NOT NULL,
    "level" INTEGER NOT NULL,

    CONSTRAINT "VacancySkill_pkey" PRIMARY KEY ("vacancyId","skillCode")
);

-- CreateTable
CREATE TABLE "VacancyStatusChange" (
    "id" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "fromStatus" "VacancyStatus",
    "toStatus" "VacancyStatus" NOT NULL,
    "note" TEXT,
    "byUserId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VacancyStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VacancyHandover" (
    "id" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "mediatorId" TEXT NOT NULL,
    "givenById" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VacancyHandover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdviceRecord" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "vacancyId" TEXT,
    "kind" "AdviceKind" NOT NULL,
    "instrumentCode" TEXT,
    "note" TEXT NOT NULL,
    "byUserId" TEXT NOT NULL,
    "givenOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdviceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactMoment" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "contactDate" DATE NOT NULL,
    "channel" "ContactChannel" NOT NULL,
    "topic" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "followUpPromise" TEXT,
    "followUpDueDate" DATE,
    "followUpDoneAt" TIMESTAMP(3),
    "isDoubleApproach" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactMoment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "askedById" TEXT NOT NULL,
    "topic" "QuestionTopic" NOT NULL,
    "text" TEXT NOT NULL,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "submissionKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppointmentSlot" (
    "id" TEXT NOT NULL,
    "accountManagerId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL,
    "status" "SlotStatus" NOT NULL DEFAULT 'FREE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppointmentSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "bookedById" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "ownerId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "birthDate" DATE,
    "gender" TEXT,
    "postcode" TEXT,
    "municipalityCode" TEXT,
    "educationLevel" "EducationLevel",
    "languages" TEXT[],
    "drivingLicence" BOOLEAN NOT NULL DEFAULT false,
    "availableFrom" DATE,
    "hoursPerWeekMin" INTEGER,
    "hoursPerWeekMax" INTEGER,
    "maxTravelMinutes" INTEGER,
    "isWorkReady" BOOLEAN NOT NULL DEFAULT false,
    "workReadySince" DATE,
    "cvStorageKey" TEXT,
    "cvFileName" TEXT,
    "cvSizeBytes" INTEGER,
    "cvUploadedAt" TIMESTAMP(3),
    "anonymisedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateSkill" (
    "candidateId" TEXT NOT NULL,
    "skillCode" TEXT NOT NULL,
    "level" INTEGER NOT NULL,

    CONSTRAINT "CandidateSkill_pkey" PRIMARY KEY ("candidateId","skillCode")
);

-- CreateTable
CREATE TABLE "CandidateOccupationWish" (
    "candidateId" TEXT NOT NULL,
    "occupationClassCode" TEXT NOT NULL,

    CONSTRAINT "CandidateOccupationWish_pkey" PRIMARY KEY ("candidateId","occupationClassCode")
);

-- CreateTable
CREATE TABLE "CandidateWorkAreaWish" (
    "candidateId" TEXT NOT NULL,
    "workAreaId" TEXT NOT NULL,

    CONSTRAINT "CandidateWorkAreaWish_pkey" PRIMARY KEY ("candidateId","workAreaId")
);

-- CreateTable
CREATE TABLE "CandidateTargetGroup" (
    "candidateId" TEXT NOT NULL,
    "targetGroupCode" TEXT NOT NULL,

    CONSTRAINT "CandidateTargetGroup_pkey" PRIMARY KEY ("candidateId","targetGroupCode")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "organisationId" TEXT,
    "partnerOrganisationCode" TEXT,
    "proposalId" TEXT,
    "grantedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkReadinessAssessment" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "assessedById" TEXT NOT NULL,
    "assessedOn" DATE NOT NULL,
    "ruleVersion" INTEGER NOT NULL,
    "employeeSkillScores" JSONB NOT NULL,
    "lifeDomainScores" JSONB NOT NULL,
    "notes" TEXT,
    "derivedWorkReady" BOOLEAN NOT NULL,
    "overrideWorkReady" BOOLEAN,
    "overrideReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkReadinessAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "question" "HelpQuestion" NOT NULL,
    "text" TEXT,
    "routingRuleId" TEXT,
    "partnerOrganisationId" TEXT NOT NULL,
    "team" TEXT NOT NULL,
    "status" "HelpRequestStatus" NOT NULL DEFAULT 'ROUTED',
    "dueBy" TIMESTAMP(3) NOT NULL,
    "acceptedById" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),
    "submissionKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HelpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'AWAITING_CONSENT',
    "declineReason" "DeclineReason",
    "declineText" TEXT,
    "interviewNote" TEXT,
    "respondedAt" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT,
    "candidateId" TEXT NOT NULL,
    "vacancyId" TEXT,
    "organisationId" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "contractType" "ContractType" NOT NULL,
    "hoursPerWeek" INTEGER NOT NULL,
    "trialEndDate" DATE,
    "trialOutcome" "TrialOutcome",
    "trialContinued" BOOLEAN,
    "endedOn" DATE,
    "endReason" TEXT,
    "sustainableAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstrumentApplication" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "instrumentCode" TEXT NOT NULL,
    "status" "InstrumentApplicationStatus" NOT NULL DEFAULT 'REQUESTED',
    "amountCents" INTEGER,
    "startDate" DATE,
    "endDate" DATE,
    "wageValuePct" INTEGER,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstrumentApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AftercareCheck" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "side" "AftercareSide" NOT NULL,
    "monthsAfterStart" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "score" INTEGER,
    "comment" TEXT,
    "raisesSignal" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AftercareCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Handover" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "fromUserId" TEXT NOT NULL,
    "toPartnerOrganisationId" TEXT NOT NULL,
    "toTeam" TEXT,
    "reason" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" "HandoverStatus" NOT NULL DEFAULT 'PENDING',
    "acceptedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "firstContactAt" TIMESTAMP(3),
    "refusalReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Handover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "candidateId" TEXT,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VacancyInterest" (
    "candidateId" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VacancyInterest_pkey" PRIMARY KEY ("candidateId","vacancyId")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "theme" TEXT,
    "description" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "audience" "EventAudience" NOT NULL,
    "organiserId" TEXT NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT,
    "candidateId" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "attended" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SroiDossier" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "municipalityCode" TEXT NOT NULL,
    "contractName" TEXT NOT NULL,
    "contractValueCents" BIGINT NOT NULL,
    "obligationCents" BIGINT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "managedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SroiDossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SroiDelivery" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "type" "SroiDeliveryType" NOT NULL,
    "valueCents" BIGINT NOT NULL,
    "description" TEXT NOT NULL,
    "candidateId" TEXT,
    "status" "ReviewStatus" NOT NULL DEFAULT 'REPORTED',
    "reportedById" TEXT NOT NULL,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "deliveredOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SroiDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningOffer" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "LearningOfferKind" NOT NULL,
    "provider" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "startDates" DATE[],
    "url" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "targets" JSONB,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeProject" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" "TrafficLight" NOT NULL,
    "ownerName" TEXT,
    "targets" JSONB,
    "actuals" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeStatusChange" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "fromStatus" "TrafficLight",
    "toStatus" "TrafficLight" NOT NULL,
    "note" TEXT,
    "byUserId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportCommentary" (
    "id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "byUserId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportCommentary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeletionRequest" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "status" "DeletionRequestStatus" NOT NULL DEFAULT 'REQUESTED',
    "reason" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledById" TEXT,
    "handledAt" TIMESTAMP(3),

    CONSTRAINT "DeletionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerApiToken" (
    "id" TEXT NOT NULL,
    "partnerOrganisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "runKey" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkArea_name_key" ON "WorkArea"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_name_key" ON "Municipality"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerOrganisation_code_key" ON "PartnerOrganisation"("code");

-- CreateIndex
CREATE INDEX "Skill_occupationClassCode_idx" ON "Skill"("occupationClassCode");

-- CreateIndex
CREATE UNIQUE INDEX "WorkReadinessRule_version_key" ON "WorkReadinessRule"("version");

-- CreateIndex
CREATE INDEX "RoutingRule_question_active_priority_idx" ON "RoutingRule"("question", "active", "priority");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "User_partnerOrganisationId_idx" ON "User"("partnerOrganisationId");

-- CreateIndex
CREATE INDEX "UserWorkArea_workAreaId_idx" ON "UserWorkArea"("workAreaId");

-- CreateIndex
CREATE INDEX "LoginAttempt_accountKey_createdAt_idx" ON "LoginAttempt"("accountKey", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ipKey_createdAt_idx" ON "LoginAttempt"("ipKey", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_candidateId_at_idx" ON "AuditLog"("candidateId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_kvkNumber_key" ON "Organisation"("kvkNumber");

-- CreateIndex
CREATE INDEX "Organisation_ownerId_idx" ON "Organisation"("ownerId");

-- CreateIndex
CREATE INDEX "Organisation_municipalityCode_idx" ON "Organisation"("municipalityCode");

-- CreateIndex
CREATE INDEX "Organisation_legalName_idx" ON "Organisation"("legalName");

-- CreateIndex
CREATE INDEX "OrganisationJoinRequest_organisationId_status_idx" ON "OrganisationJoinRequest"("organisationId", "status");

-- CreateIndex
CREATE INDEX "OwnershipTransfer_organisationId_idx" ON "OwnershipTransfer"("organisationId");

-- CreateIndex
CREATE INDEX "OwnershipTransfer_candidateId_idx" ON "OwnershipTransfer"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "Vacancy_submissionKey_key" ON "Vacancy"("submissionKey");

-- CreateIndex
CREATE INDEX "Vacancy_organisationId_status_idx" ON "Vacancy"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Vacancy_status_occupationClassCode_idx" ON "Vacancy"("status", "occupationClassCode");

-- CreateIndex
CREATE INDEX "Vacancy_isPublic_status_idx" ON "Vacancy"("isPublic", "status");

-- CreateIndex
CREATE INDEX "Vacancy_workAreaId_status_idx" ON "Vacancy"("workAreaId", "status");

-- CreateIndex
CREATE INDEX "VacancySkill_skillCode_idx" ON "VacancySkill"("skillCode");

-- CreateIndex
CREATE INDEX "VacancyStatusChange_vacancyId_at_idx" ON "VacancyStatusChange"("vacancyId", "at");

-- CreateIndex
CREATE INDEX "VacancyHandover_mediatorId_dueDate_idx" ON "VacancyHandover"("mediatorId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "VacancyHandover_vacancyId_mediatorId_key" ON "VacancyHandover"("vacancyId", "mediatorId");

-- CreateIndex
CREATE INDEX "AdviceRecord_organisationId_givenOn_idx" ON "AdviceRecord"("organisationId", "givenOn");

-- CreateIndex
CREATE INDEX "AdviceRecord_givenOn_kind_idx" ON "AdviceRecord"("givenOn", "kind");

-- CreateIndex
CREATE INDEX "ContactMoment_organisationId_contactDate_idx" ON "ContactMoment"("organisationId", "contactDate");

-- CreateIndex
CREATE INDEX "ContactMoment_authorId_followUpDoneAt_followUpDueDate_idx" ON "ContactMoment"("authorId", "followUpDoneAt", "followUpDueDate");

-- CreateIndex
CREATE INDEX "ContactMoment_isDoubleApproach_contactDate_idx" ON "ContactMoment"("isDoubleApproach", "contactDate");

-- CreateIndex
CREATE UNIQUE INDEX "Question_submissionKey_key" ON "Question"("submissionKey");

-- CreateIndex
CREATE INDEX "Question_organisationId_createdAt_idx" ON "Question"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "Question_answeredAt_createdAt_idx" ON "Question"("answeredAt", "createdAt");

-- CreateIndex
CREATE INDEX "AppointmentSlot_status_startsAt_idx" ON "AppointmentSlot"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "AppointmentSlot_accountManagerId_startsAt_key" ON "AppointmentSlot"("accountManagerId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_slotId_idx" ON "Appointment"("slotId");

-- CreateIndex
CREATE INDEX "Appointment_organisationId_cancelledAt_idx" ON "Appointment"("organisationId", "cancelledAt");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_userId_key" ON "Candidate"("userId");

-- CreateIndex
CREATE INDEX "Candidate_ownerId_idx" ON "Candidate"("ownerId");

-- CreateIndex
CREATE INDEX "Candidate_isWorkReady_availableFrom_idx" ON "Candidate"("isWorkReady", "availableFrom");

-- CreateIndex
CREATE INDEX "Candidate_municipalityCode_idx" ON "Candidate"("municipalityCode");

-- CreateIndex
CREATE INDEX "CandidateSkill_skillCode_level_idx" ON "CandidateSkill"("skillCode", "level");

-- CreateIndex
CREATE INDEX "CandidateOccupationWish_occupationClassCode_idx" ON "CandidateOccupationWish"("occupationClassCode");

-- CreateIndex
CREATE INDEX "CandidateWorkAreaWish_workAreaId_idx" ON "CandidateWorkAreaWish"("workAreaId");

-- CreateIndex
CREATE INDEX "CandidateTargetGroup_targetGroupCode_idx" ON "CandidateTargetGroup"("targetGroupCode");

-- CreateIndex
CREATE INDEX "Consent_candidateId_purpose_revokedAt_idx" ON "Consent"("candidateId", "purpose", "revokedAt");

-- CreateIndex
CREATE INDEX "Consent_organisationId_idx" ON "Consent"("organisationId");

-- CreateIndex
CREATE INDEX "WorkReadinessAssessment_candidateId_assessedOn_idx" ON "WorkReadinessAssessment"("candidateId", "assessedOn");

-- CreateIndex
CREATE UNIQUE INDEX "HelpRequest_submissionKey_key" ON "HelpRequest"("submissionKey");

-- CreateIndex
CREATE INDEX "HelpRequest_partnerOrganisationId_status_dueBy_idx" ON "HelpRequest"("partnerOrganisationId", "status", "dueBy");

-- CreateIndex
CREATE INDEX "HelpRequest_candidateId_idx" ON "HelpRequest"("candidateId");

-- CreateIndex
CREATE INDEX "Proposal_candidateId_idx" ON "Proposal"("candidateId");

-- CreateIndex
CREATE INDEX "Proposal_status_createdAt_idx" ON "Proposal"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_vacancyId_candidateId_key" ON "Proposal"("vacancyId", "candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_proposalId_key" ON "Placement"("proposalId");

-- CreateIndex
CREATE INDEX "Placement_organisationId_startDate_idx" ON "Placement"("organisationId", "startDate");

-- CreateIndex
CREATE INDEX "Placement_candidateId_idx" ON "Placement"("candidateId");

-- CreateIndex
CREATE INDEX "Placement_startDate_idx" ON "Placement"("startDate");

-- CreateIndex
CREATE INDEX "InstrumentApplication_placementId_idx" ON "InstrumentApplication"("placementId");

-- CreateIndex
CREATE INDEX "InstrumentApplication_instrumentCode_idx" ON "InstrumentApplication"("instrumentCode");

-- CreateIndex
CREATE INDEX "AftercareCheck_side_completedAt_dueDate_idx" ON "AftercareCheck"("side", "completedAt", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "AftercareCheck_placementId_side_monthsAfterStart_key" ON "AftercareCheck"("placementId", "side", "monthsAfterStart");

-- CreateIndex
CREATE INDEX "Handover_toPartnerOrganisationId_status_deadline_idx" ON "Handover"("toPartnerOrganisationId", "status", "deadline");

-- CreateIndex
CREATE INDEX "Handover_candidateId_idx" ON "Handover"("candidateId");

-- CreateIndex
CREATE INDEX "CaseNote_vacancyId_createdAt_idx" ON "CaseNote"("vacancyId", "createdAt");

-- CreateIndex
CREATE INDEX "Event_startsAt_idx" ON "Event"("startsAt");

-- CreateIndex
CREATE INDEX "EventRegistration_eventId_cancelledAt_idx" ON "EventRegistration"("eventId", "cancelledAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_userId_key" ON "EventRegistration"("eventId", "userId");

-- CreateIndex
CREATE INDEX "SroiDossier_organisationId_idx" ON "SroiDossier"("organisationId");

-- CreateIndex
CREATE INDEX "SroiDelivery_dossierId_status_idx" ON "SroiDelivery"("dossierId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_code_key" ON "Programme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeProject_programmeId_number_key" ON "ProgrammeProject"("programmeId", "number");

-- CreateIndex
CREATE INDEX "ProgrammeStatusChange_projectId_at_idx" ON "ProgrammeStatusChange"("projectId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ReportCommentary_period_section_key" ON "ReportCommentary"("period", "section");

-- CreateIndex
CREATE INDEX "DeletionRequest_status_idx" ON "DeletionRequest"("status");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerApiToken_tokenHash_key" ON "PartnerApiToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_runKey_key" ON "JobRun"("job", "runKey");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_workAreaId_fkey" FOREIGN KEY ("workAreaId") REFERENCES "WorkArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Skill" ADD CONSTRAINT "Skill_occupationClassCode_fkey" FOREIGN KEY ("occupationClassCode") REFERENCES "OccupationClass"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingRule" ADD CONSTRAINT "RoutingRule_partnerOrganisationId_fkey" FOREIGN KEY ("partnerOrganisationId") REFERENCES "PartnerOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_partnerOrganisationId_fkey" FOREIGN KEY ("partnerOrganisationId") REFERENCES "PartnerOrganisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserWorkArea" ADD CONSTRAINT "UserWorkArea_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserWorkArea" ADD CONSTRAINT "UserWorkArea_workAreaId_fkey" FOREIGN KEY ("workAreaId") REFERENCES "WorkArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationJoinRequest" ADD CONSTRAINT "OrganisationJoinRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationJoinRequest" ADD CONSTRAINT "OrganisationJoinRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationJoinRequest" ADD CONSTRAINT "OrganisationJoinRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnershipTransfer" ADD CONSTRAINT "OwnershipTransfer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnershipTransfer" ADD CONSTRAINT "OwnershipTransfer_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnershipTransfer" ADD CONSTRAINT "OwnershipTransfer_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnershipTransfer" ADD CONSTRAINT "OwnershipTransfer_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnershipTransfer" ADD CONSTRAINT "OwnershipTransfer_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_occupationClassCode_fkey" FOREIGN KEY ("occupationClassCode") REFERENCES "OccupationClass"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_workAreaId_fkey" FOREIGN KEY ("workAreaId") REFERENCES "WorkArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancySkill" ADD CONSTRAINT "VacancySkill_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancySkill" ADD CONSTRAINT "VacancySkill_skillCode_fkey" FOREIGN KEY ("skillCode") REFERENCES "Skill"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancyStatusChange" ADD CONSTRAINT "VacancyStatusChange_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancyStatusChange" ADD CONSTRAINT "VacancyStatusChange_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancyHandover" ADD CONSTRAINT "VacancyHandover_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancyHandover" ADD CONSTRAINT "VacancyHandover_mediatorId_fkey" FOREIGN KEY ("mediatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancyHandover" ADD CONSTRAINT "VacancyHandover_givenById_fkey" FOREIGN KEY ("givenById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceRecord" ADD CONSTRAINT "AdviceRecord_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceRecord" ADD CONSTRAINT "AdviceRecord_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceRecord" ADD CONSTRAINT "AdviceRecord_instrumentCode_fkey" FOREIGN KEY ("instrumentCode") REFERENCES "Instrument"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceRecord" ADD CONSTRAINT "AdviceRecord_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactMoment" ADD CONSTRAINT "ContactMoment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactMoment" ADD CONSTRAINT "ContactMoment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_askedById_fkey" FOREIGN KEY ("askedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentSlot" ADD CONSTRAINT "AppointmentSlot_accountManagerId_fkey" FOREIGN KEY ("accountManagerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "AppointmentSlot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateSkill" ADD CONSTRAINT "CandidateSkill_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateSkill" ADD CONSTRAINT "CandidateSkill_skillCode_fkey" FOREIGN KEY ("skillCode") REFERENCES "Skill"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateOccupationWish" ADD CONSTRAINT "CandidateOccupationWish_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateOccupationWish" ADD CONSTRAINT "CandidateOccupationWish_occupationClassCode_fkey" FOREIGN KEY ("occupationClassCode") REFERENCES "OccupationClass"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateWorkAreaWish" ADD CONSTRAINT "CandidateWorkAreaWish_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateWorkAreaWish" ADD CONSTRAINT "CandidateWorkAreaWish_workAreaId_fkey" FOREIGN KEY ("workAreaId") REFERENCES "WorkArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateTargetGroup" ADD CONSTRAINT "CandidateTargetGroup_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateTargetGroup" ADD CONSTRAINT "CandidateTargetGroup_targetGroupCode_fkey" FOREIGN KEY ("targetGroupCode") REFERENCES "TargetGroup"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkReadinessAssessment" ADD CONSTRAINT "WorkReadinessAssessment_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkReadinessAssessment" ADD CONSTRAINT "WorkReadinessAssessment_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_routingRuleId_fkey" FOREIGN KEY ("routingRuleId") REFERENCES "RoutingRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_partnerOrganisationId_fkey" FOREIGN KEY ("partnerOrganisationId") REFERENCES "PartnerOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstrumentApplication" ADD CONSTRAINT "InstrumentApplication_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstrumentApplication" ADD CONSTRAINT "InstrumentApplication_instrumentCode_fkey" FOREIGN KEY ("instrumentCode") REFERENCES "Instrument"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstrumentApplication" ADD CONSTRAINT "InstrumentApplication_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AftercareCheck" ADD CONSTRAINT "AftercareCheck_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AftercareCheck" ADD CONSTRAINT "AftercareCheck_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_toPartnerOrganisationId_fkey" FOREIGN KEY ("toPartnerOrganisationId") REFERENCES "PartnerOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancyInterest" ADD CONSTRAINT "VacancyInterest_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancyInterest" ADD CONSTRAINT "VacancyInterest_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SroiDossier" ADD CONSTRAINT "SroiDossier_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SroiDossier" ADD CONSTRAINT "SroiDossier_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SroiDossier" ADD CONSTRAINT "SroiDossier_managedById_fkey" FOREIGN KEY ("managedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SroiDelivery" ADD CONSTRAINT "SroiDelivery_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "SroiDossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SroiDelivery" ADD CONSTRAINT "SroiDelivery_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SroiDelivery" ADD CONSTRAINT "SroiDelivery_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SroiDelivery" ADD CONSTRAINT "SroiDelivery_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeProject" ADD CONSTRAINT "ProgrammeProject_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeStatusChange" ADD CONSTRAINT "ProgrammeStatusChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ProgrammeProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeStatusChange" ADD CONSTRAINT "ProgrammeStatusChange_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportCommentary" ADD CONSTRAINT "ReportCommentary_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeletionRequest" ADD CONSTRAINT "DeletionRequest_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeletionRequest" ADD CONSTRAINT "DeletionRequest_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerApiToken" ADD CONSTRAINT "PartnerApiToken_partnerOrganisationId_fkey" FOREIGN KEY ("partnerOrganisationId") REFERENCES "PartnerOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
