-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'PENDING';

